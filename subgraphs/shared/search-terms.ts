/**
 * What a search costs, in words: read by the word index query (filters.ts) and by the operation
 * limits (limits/cost.ts), which the gateway runs too; kept apart from search.ts so the gateway
 * does not load the stemmers.
 */

/** A word of a search or of a record: letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The shortest folded word matched as a prefix ("тюм" finds "Тюмень"); a shorter one matches
 * whole words only ("со" finds "СО НКО", not every word that begins with "со"), since a one- or
 * two-letter prefix begins a large part of all the words of the index.
 */
export const MIN_PREFIX_LENGTH = 3;

/**
 * The estimated cost of one search word, on top of the page it filters: a lookup in the word
 * index and a count that visits up to SEARCH_COUNT_CAP of its matches, about what a page of
 * 100 rows costs.
 */
export const SEARCH_TERM_COST = 100;

/** The words of a search text, counted as the search counts them, stopping past `stopAfter`. */
export function countSearchTerms(text: string, stopAfter = Infinity): number {
  let count = 0;
  for (const _match of text.matchAll(WORD)) {
    count += 1;
    if (count > stopAfter) break;
  }
  return count;
}

/** The text search in a field's arguments (`filter.search`), if any. */
export function searchOf(args: Record<string, unknown>): string | undefined {
  const search = (args.filter as { search?: unknown } | null | undefined)?.search;
  return typeof search === "string" ? search : undefined;
}
