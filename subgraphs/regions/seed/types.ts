import type { FigureRow } from "../../shared/figure";
import type { MunicipalityKind, RegionKind } from "../entities/enums";

export interface FederalDistrictSeed {
  /** `CENTRAL`, `NORTHWESTERN`, `SOUTHERN`, `NORTH_CAUCASIAN`, `VOLGA`, `URAL`, `SIBERIAN`, `FAR_EASTERN`. */
  code: string;
  name: string;
  nameEn: string;
  /** ЦФО, СЗФО, ... */
  shortName: string;
  adminCentre: string;
  /** Order in Presidential Decree No. 849 (1..8). */
  order: number;
}

export interface RegionSeed {
  /** ISO 3166-2:RU code, `RU-TYU`. */
  code: string;
  name: string;
  nameEn: string;
  kind: RegionKind;
  federalDistrict: string;
  /** Two-digit region code used in OGRN/INN, `"72"`. */
  regionNumber: string;
  /** OKATO prefix, `"71"` or `"71100"`. */
  okato: string;
  capital: string;
  capitalEn: string;
  /** IANA time zone of the capital. */
  timezone: string;
  /** The oblast an autonomous okrug lies within (KHM, YAN in TYU; NEN in ARK). */
  parentRegion?: string;
}

export interface MunicipalitySeed {
  /** Stable readable id: `RU-MUR-monchegorsk`. */
  id: string;
  name: string;
  nameEn: string;
  kind: MunicipalityKind;
  regionCode: string;
  sources: string[];
}

export interface RegionFigureSeed extends FigureRow {
  regionCode: string;
}
