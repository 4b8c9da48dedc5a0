import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { regionCodesOfDistrict } from "./geography";
import { foldWords } from "./search";
import { MIN_PREFIX_LENGTH } from "./search-terms";
import { searchTableOf } from "./search-index";

/**
 * What a list query is for: reading rows in the list's order, counting them, or reading the rows
 * of a search known to match few (see FEW_MATCHES in list.ts), which its matches drive.
 */
export type ListPurpose = "rows" | "count" | "few-rows";

/**
 * The SQL side of the filters every list shares. The values arrive validated: the filter input
 * types declare their bounds and codes with the decorators of filter-constraints.ts, checked at
 * the resolver boundary, so nothing here throws on a caller's input.
 */

/** The geographic part every list filter shares. */
export interface GeoFilter {
  regionCodes?: string[] | null;
  federalDistrict?: string | null;
}

/**
 * The region codes a filter allows, or null for "any region"; codes and district intersect. A
 * well-formed code that names no region, or a district that has none, allows nothing.
 */
export function allowedRegionCodes(filter: GeoFilter | null | undefined): string[] | null {
  let allowed: string[] | null = filter?.regionCodes ? [...new Set(filter.regionCodes)] : null;
  if (filter?.federalDistrict) {
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

/** Whether a folded query word is matched as a prefix, or (shorter) as a whole word. */
function isPrefix(word: string): boolean {
  return word.length >= MIN_PREFIX_LENGTH;
}

/**
 * Text search over a folded `searchText` column (see search.ts): every word of the query,
 * folded the same way, must begin a word of the record (or be one, when shorter than
 * MIN_PREFIX_LENGTH). Case, ё/е and word endings do not matter.
 * Served from the word index of search-index.ts: on SQLite an FTS5 prefix query per word (the
 * index holds the same folded words, so `"word"*` is "begins a word"); on PostgreSQL the
 * `LIKE '% word%'` a trigram GIN index serves.
 */
export function whereSearch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  query: string | null | undefined,
  purpose: ListPurpose = "rows",
): SelectQueryBuilder<T> {
  if (query === null || query === undefined) return qb;
  const words = foldWords(query);
  // SearchText() has already required a letter or digit; a query without words matches nothing.
  if (words.length === 0) return qb.andWhere("1 = 0");
  if (qb.connection.driver.options.type !== "postgres")
    return whereWordsIndexed(qb, column, words, purpose);
  words.forEach((word, index) => {
    const pattern = isPrefix(word) ? `% ${word}%` : `% ${word} %`;
    qb.andWhere(`${column} LIKE :search${index}`, { [`search${index}`]: pattern });
  });
  return qb;
}

/** SQLite: the rows whose FTS5 entry (keyed by the row's rowid) has every word as a prefix. */
function whereWordsIndexed<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  words: string[],
  purpose: ListPurpose,
): SelectQueryBuilder<T> {
  const alias = column.slice(0, column.indexOf("."));
  const fts = searchTableOf(qb.expressionMap.findAliasByName(alias).metadata.tableName);
  // Folded words are letters and digits only, so quoting each as an FTS5 string is safe.
  const match = words.map((word) => (isPrefix(word) ? `"${word}"*` : `"${word}"`)).join(" AND ");
  // For rows, the unary `+` keeps SQLite from driving the query by the matching rowids: a page
  // then walks the list's sort index and stops after `limit + 1` matches, where fetching every
  // match of a common word ("центр": half the organisations) and sorting them took 300 ms.
  if (purpose === "rows") {
    return qb.andWhere(
      `+${alias}.rowid IN (SELECT rowid FROM "${fts}" WHERE "${fts}" MATCH :searchWords)`,
      { searchWords: match },
    );
  }
  // A count, and the page of a search with few matches, are driven by the matches, joined as
  // the word index yields them: a count cut at 10,001 rows (count-cache.ts) then stops reading
  // the index there. "центр" over 250,000 organisations: 124,575 matches, counted in 66 ms
  // through `rowid IN (…)`, which reads every match first; cut at 10,001, 51–64 ms that way and
  // 8–19 ms joined (sqlite3 CLI, CPU time). Walking the sort index for a word that matches
  // nothing visits every row (500,000 events: 270 ms); its matches drive it in 1 ms.
  return qb
    .innerJoin(fts, fts, `"${fts}".rowid = ${alias}.rowid`)
    .andWhere(`"${fts}" MATCH :searchWords`, { searchWords: match });
}
