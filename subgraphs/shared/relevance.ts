import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { cachedRanking } from "./count-cache";
import { badUserInput } from "./errors";
import {
  encodeCursor,
  toConnection,
  type ConnectionShape,
  type Cursor,
  type PageRequest,
  type Total,
} from "./pagination";
import { foldWord, foldWords } from "./search";
import { MIN_PREFIX_LENGTH, WORD } from "./search-terms";

/**
 * Search results ranked by relevance, not by name. A record's score, highest first:
 * 1. how many of the query's words its title (an organisation's name, an event's or programme's
 *    title) holds: a name with every word beats one that needs its description for some;
 * 2. how often the words occur in the rest of its text (description, topics, focus areas): a
 *    resource centre described as one ranks above a «Центр …» that only has the word in its name;
 * 3. how much of the title the words cover: «Ресурсный центр Тюменской области» matches
 *    «ресурсный центр тюменской» better than a longer name holding the same three words;
 * 4. how early the first word stands in the title.
 * Ties go by title, then id. Words match as the search matches them (search.ts, filters.ts):
 * folded, a word of MIN_PREFIX_LENGTH letters or more as a prefix.
 */

/** Where a list's records keep their text: the title and the rest, by property. */
export interface RankFields {
  title: string;
  rest: string[];
}

/**
 * At most this many matches are ranked (reading and scoring them is the cost: 10,000 took
 * 370–1,300 ms on the 2-core machine, 1,000 about a tenth of that). A search matching more (a
 * common word at national scale: «центр» matches 124,575 organisations) ranks the first RANK_CAP
 * its word index yields; the rest follow on later pages in no better order than the index's.
 * The same bound as a search's few-matches plan in list.ts (FEW_MATCHES).
 */
export const RANK_CAP = 10_000;

function matches(query: string, word: string): boolean {
  return query.length >= MIN_PREFIX_LENGTH ? word.startsWith(query) : word === query;
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.join(" ");
  return typeof value === "string" ? value : "";
}

/**
 * foldWords with each distinct word stemmed once: ranking 10,000 matches folds the same few
 * thousand words again and again («центр», «области», the names of towns), and stemming is
 * nearly all of the cost (340–690 ms for 10,000 names and descriptions uncached).
 */
export function cachedFolding(): (text: string) => string[] {
  const folded = new Map<string, string>();
  return (text) =>
    (text.match(WORD) ?? []).map((word) => {
      let stem = folded.get(word);
      if (stem === undefined) folded.set(word, (stem = foldWord(word)));
      return stem;
    });
}

/** The score of a record's text for the folded query words (higher is better). */
export function relevanceScore(
  words: string[],
  title: string,
  rest: string,
  fold: (text: string) => string[] = foldWords,
): number {
  const titleWords = fold(title);
  const restWords = fold(rest);
  const inTitle = words.filter((word) => titleWords.some((each) => matches(word, each))).length;
  const restHits = restWords.filter((each) => words.some((word) => matches(word, each))).length;
  const covered = titleWords.filter((each) => words.some((word) => matches(word, each))).length;
  const coverage = titleWords.length ? Math.round((99 * covered) / titleWords.length) : 0;
  const first = titleWords.findIndex((each) => words.some((word) => matches(word, each)));
  const early = first === -1 ? 0 : Math.max(0, 99 - first);
  return ((inTitle * 100 + Math.min(restHits, 99)) * 100 + coverage) * 100 + early;
}

interface Ranked {
  id: string;
  score: number;
  title: string;
}

/** The order of ranked rows: score down, then title and id up (as the cursor carries them). */
function compare(
  a: { score: number; title: string; id: string },
  b: { score: number; title: string; id: string },
) {
  if (a.score !== b.score) return b.score - a.score;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A ranked list's cursor value: `<score>:<title>`. */
function positionOf(cursor: Cursor): { score: number; title: string; id: string } {
  const value = String(cursor.value);
  const at = value.indexOf(":");
  const score = Number(value.slice(0, at));
  if (at < 1 || !Number.isSafeInteger(score))
    throw badUserInput("after", encodeCursor(cursor), "It is not a cursor of ranked results.");
  return { score, title: value.slice(at + 1), id: cursor.id };
}

/** Every match (at most RANK_CAP) with its score, best first. */
async function rank<T extends ObjectLiteral>(
  matchesQuery: SelectQueryBuilder<T>,
  { alias, fields }: { alias: string; fields: RankFields },
  words: string[],
): Promise<Ranked[]> {
  // Raw rows, not entities: hydrating 10,000 entities cost more than reading them.
  const rest = fields.rest.map((property, index) => [property, `rank_rest${index}`] as const);
  let candidates = matchesQuery
    .select(`${alias}.id`, "rank_id")
    .addSelect(`${alias}.${fields.title}`, "rank_title");
  for (const [property, name] of rest)
    candidates = candidates.addSelect(`${alias}.${property}`, name);
  const raw = await candidates.limit(RANK_CAP).getRawMany<Record<string, unknown>>();
  const fold = cachedFolding();
  const ranked: Ranked[] = raw.map((row) => {
    const title = textOf(row.rank_title);
    const text = rest.map(([, name]) => textOf(row[name])).join(" ");
    return { id: String(row.rank_id), title, score: relevanceScore(words, title, text, fold) };
  });
  return ranked.sort(compare);
}

/**
 * One page of search results by relevance: the matches (at most RANK_CAP, read through the word
 * index with only the columns the score needs), scored and sorted here, then the page's rows
 * read whole by id: the count and the scored matches are kept for 10 s and cleared by writes
 * (count-cache.ts), so the next page of a search reads only its 20 rows.
 */
export async function rankedPage<T extends ObjectLiteral & { id: string }>(
  matchesQuery: SelectQueryBuilder<T>,
  rowsById: (ids: string[]) => SelectQueryBuilder<T>,
  options: { alias: string; list: string; fields: RankFields; search: string; key: string },
  page: PageRequest,
  total: Total,
): Promise<ConnectionShape<T>> {
  const { list } = options;
  const words = foldWords(options.search);
  const after = page.after ? positionOf(page.after) : null;
  if (page.limit === 0) return toConnection([], total, page, () => ({ list, value: "", id: "" }));
  const ranked = await cachedRanking(matchesQuery.connection, options.key, () =>
    rank(matchesQuery, options, words),
  );
  const start = after ? ranked.findIndex((each) => compare(each, after) > 0) : 0;
  const slice = start === -1 ? [] : ranked.slice(start, start + page.limit + 1);
  const ids = slice.map((each) => each.id);
  const whole = ids.length ? await rowsById(ids).getMany() : [];
  const byId = new Map(whole.map((row) => [row.id, row]));
  const scores = new Map(slice.map((each) => [each.id, each]));
  const rows = ids.map((id) => byId.get(id)).filter((row): row is T => row !== undefined);
  return toConnection(rows, total, page, (row) => {
    const ranking = scores.get(row.id)!;
    return { list, value: `${ranking.score}:${ranking.title}`, id: row.id };
  });
}
