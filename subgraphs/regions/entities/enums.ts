import { registerEnumType } from "type-graphql";

/** The constitutional kind of a federal subject, as ISO 3166-2 types it. */
export enum RegionKind {
  REPUBLIC = "REPUBLIC",
  KRAI = "KRAI",
  OBLAST = "OBLAST",
  FEDERAL_CITY = "FEDERAL_CITY",
  AUTONOMOUS_OBLAST = "AUTONOMOUS_OBLAST",
  AUTONOMOUS_OKRUG = "AUTONOMOUS_OKRUG",
}
registerEnumType(RegionKind, { name: "RegionKind" });

/** The kind of a municipality or town named in the sources. */
export enum MunicipalityKind {
  URBAN_OKRUG = "URBAN_OKRUG",
  MUNICIPAL_OKRUG = "MUNICIPAL_OKRUG",
  MUNICIPAL_DISTRICT = "MUNICIPAL_DISTRICT",
  CITY = "CITY",
}
registerEnumType(MunicipalityKind, { name: "MunicipalityKind" });
