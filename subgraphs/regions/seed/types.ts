import type { FigureRow } from "../../shared/figure";
import type { MunicipalityKind } from "../entities/enums";

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
