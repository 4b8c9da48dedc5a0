import type { RegionKind } from "./region-kind";

/** One of the eight federal districts, as Presidential Decree No. 849 lists them. */
export interface FederalDistrictData {
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

/** One federal subject with an ISO 3166-2:RU code, and the district it belongs to. */
export interface RegionData {
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
