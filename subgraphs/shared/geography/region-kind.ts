/**
 * The constitutional kind of a federal subject, as ISO 3166-2 types it. It lives with the
 * reference geography so the data can name it; the regions subgraph registers it as the
 * GraphQL enum `RegionKind`.
 */
export enum RegionKind {
  REPUBLIC = "REPUBLIC",
  KRAI = "KRAI",
  OBLAST = "OBLAST",
  FEDERAL_CITY = "FEDERAL_CITY",
  AUTONOMOUS_OBLAST = "AUTONOMOUS_OBLAST",
  AUTONOMOUS_OKRUG = "AUTONOMOUS_OKRUG",
}
