import { registerEnumType } from "type-graphql";
import { RegionKind } from "../../shared/geography/region-kind";

// The values belong to the shared reference geography, whose data names them.
export { RegionKind };
registerEnumType(RegionKind, { name: "RegionKind" });

/** The kind of a municipality or town named in the sources. */
export enum MunicipalityKind {
  URBAN_OKRUG = "URBAN_OKRUG",
  MUNICIPAL_OKRUG = "MUNICIPAL_OKRUG",
  MUNICIPAL_DISTRICT = "MUNICIPAL_DISTRICT",
  CITY = "CITY",
}
registerEnumType(MunicipalityKind, { name: "MunicipalityKind" });
