import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "./errors";
import { isKnownFederalDistrict, isKnownRegionCode, regionCodesOfDistrict } from "./geography";
import { foldWords } from "./search";

/** The geographic part every list filter shares. */
export interface GeoFilter {
  regionCodes?: string[] | null;
  federalDistrict?: string | null;
}

/**
 * The region codes a filter allows, or null for "any region". Unknown codes and districts
 * are BAD_USER_INPUT naming the filter field; codes and district intersect.
 */
export function allowedRegionCodes(
  filter: GeoFilter | null | undefined,
  argument = "filter",
): string[] | null {
  let allowed: string[] | null = null;
  if (filter?.regionCodes) {
    for (const code of filter.regionCodes) {
      if (!isKnownRegionCode(code)) {
        throw badUserInput(
          `${argument}.regionCodes`,
          code,
          "Expected an ISO 3166-2:RU code such as RU-TYU.",
        );
      }
    }
    allowed = [...new Set(filter.regionCodes)];
  }
  if (filter?.federalDistrict) {
    if (!isKnownFederalDistrict(filter.federalDistrict)) {
      throw badUserInput(
        `${argument}.federalDistrict`,
        filter.federalDistrict,
        "Expected a federal district code such as URAL.",
      );
    }
    const inDistrict = regionCodesOfDistrict(filter.federalDistrict);
    allowed = allowed ? allowed.filter((code) => inDistrict.includes(code)) : inDistrict;
  }
  return allowed;
}

/** Restricts `column` to the allowed region codes; an empty allowance matches nothing. */
export function whereRegionIn<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  allowed: string[] | null,
): SelectQueryBuilder<T> {
  if (allowed === null) return qb;
  if (allowed.length === 0) return qb.andWhere("1 = 0");
  return qb.andWhere(`${column} IN (:...allowedRegions)`, { allowedRegions: allowed });
}

/**
 * Text search over a folded `searchText` column (see search.ts): every word of the query,
 * folded the same way, must begin a word of the record. Case, ё/е and word endings do not matter.
 */
export function whereSearch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  query: string | null | undefined,
  argument = "filter.search",
): SelectQueryBuilder<T> {
  if (query === null || query === undefined) return qb;
  const words = foldWords(query);
  if (words.length === 0)
    throw badUserInput(argument, query, "Search needs at least one letter or digit.");
  if (query.length > 200)
    throw badUserInput(argument, `${query.slice(0, 20)}…`, "Search is limited to 200 characters.");
  words.forEach((word, index) => {
    qb.andWhere(`${column} LIKE :search${index}`, { [`search${index}`]: `% ${word}%` });
  });
  return qb;
}
