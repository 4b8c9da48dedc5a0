import { federalDistricts } from "../regions/seed/federal-districts.data";
import { regions } from "../regions/seed/regions.data";

/**
 * The fixed reference geography (ISO 3166-2:RU codes and their federal districts), shared
 * by every subgraph so each can validate region codes and resolve a federal-district filter
 * without calling the regions subgraph. The regions subgraph owns the full records.
 */
const districtOfRegion = new Map(regions.map((region) => [region.code, region.federalDistrict]));
const districtCodes = new Set(federalDistricts.map((district) => district.code));

export function isKnownRegionCode(code: string): boolean {
  return districtOfRegion.has(code);
}

export function isKnownFederalDistrict(code: string): boolean {
  return districtCodes.has(code);
}

/** The ISO codes of the subjects in a federal district. */
export function regionCodesOfDistrict(district: string): string[] {
  return regions
    .filter((region) => region.federalDistrict === district)
    .map((region) => region.code);
}
