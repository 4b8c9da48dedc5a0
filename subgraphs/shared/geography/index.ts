/**
 * The fixed reference geography: the eight federal districts and the 83 federal subjects with
 * an ISO 3166-2:RU code. It is shared data rather than the regions subgraph's own: every
 * subgraph validates region codes and resolves a federal-district filter with it without
 * calling the regions subgraph, and the regions subgraph seeds its FederalDistrict and Region
 * rows from it.
 */
import { federalDistricts } from "./federal-districts.data";
import { regions } from "./regions.data";

export { federalDistricts, regions };
export { RegionKind } from "./region-kind";
export type { FederalDistrictData, RegionData } from "./types";

const districtOfRegion = new Map(regions.map((region) => [region.code, region.federalDistrict]));
const districtCodes = new Set(federalDistricts.map((district) => district.code));

/**
 * The shape of a region code: ISO 3166-2:RU, `RU-` and two or three capital letters. A code of
 * this shape that names no federal subject (`RU-ZZZ`) is unknown, not malformed: reads answer
 * it with nothing (null, an empty list), and only a malformed code is BAD_USER_INPUT
 * (docs/api-errors.md).
 */
export const REGION_CODE_SHAPE = /^RU-[A-Z]{2,3}$/;

/** The shape of a federal district code: capitals and underscores (`URAL`, `NORTH_CAUCASIAN`). */
export const FEDERAL_DISTRICT_SHAPE = /^[A-Z][A-Z_]{1,39}$/;

/** Whether `code` is the ISO 3166-2:RU code of a federal subject (`RU-TYU`). */
export function isKnownRegionCode(code: string): boolean {
  return districtOfRegion.has(code);
}

/** Whether `code` names a federal district (`URAL`). */
export function isKnownFederalDistrict(code: string): boolean {
  return districtCodes.has(code);
}

/** The ISO codes of the subjects in a federal district. */
export function regionCodesOfDistrict(district: string): string[] {
  return regions
    .filter((region) => region.federalDistrict === district)
    .map((region) => region.code);
}
