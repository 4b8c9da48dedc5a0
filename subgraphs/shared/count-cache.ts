import type {
  DataSource,
  EntitySubscriberInterface,
  ObjectLiteral,
  SelectQueryBuilder,
} from "typeorm";
import type { Total } from "./pagination";

/**
 * How long a root list's `totalCount` is reused. Counting every live organisation is a scan of
 * 250,000 index entries at national scale, and a client paging through a list asks the same
 * count on every page; ten seconds spares those scans while a count stays at most ten seconds
 * behind writes made elsewhere (another process, a bulk load). Writes through this process's
 * data source empty the cache at once (see CountCache).
 */
export const COUNT_TTL_MS = 10_000;

/** Most distinct filters kept; the oldest is dropped first. */
const MAX_ENTRIES = 1_000;

/**
 * The `totalCount` of root lists per filter, reused for COUNT_TTL_MS. Chosen over an estimate
 * (PostgreSQL's planner rows, SQLite's `sqlite_stat1`) because the figure must be exact, and
 * over maintained counters because a count depends on the filter (kinds, regions, a search),
 * which no fixed set of counters covers. Any insert, update or removal through the data source
 * clears the whole cache, and so does every commit: writes are rare next to reads, and a created
 * record is counted in the next answer.
 *
 * Only committed counts are kept. Reads never see uncommitted rows (read-isolation.ts; READ
 * COMMITTED on PostgreSQL), but a count read while a write is in flight is the count from before
 * its commit: clearing at the write alone would let such a count be stored after the commit and
 * be served, stale, for COUNT_TTL_MS. So each clear starts a new generation, and a count whose
 * load began in an earlier generation is answered but not stored.
 */
class CountCache<V = Total> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  private generation = 0;

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  async count(key: string, load: () => Promise<V>, now = Date.now()): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const started = this.generation;
    const value = await load();
    if (started !== this.generation) return value;
    this.entries.delete(key);
    this.entries.set(key, { value, until: now + COUNT_TTL_MS });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}

/**
 * Ranked search results (relevance.ts) kept like counts, for COUNT_TTL_MS and cleared by every
 * write, so the next pages of a search and its repeats do not read and score its matches again.
 * Each holds up to 10,000 ids with their titles and scores (about 2 MB of heap): at most this
 * many are kept per database, the least recently stored dropped first.
 */
const MAX_RANKINGS = 8;

const caches = new WeakMap<DataSource, CountCache>();
const rankings = new WeakMap<DataSource, CountCache<unknown>>();

/** The count cache of a data source, made (with its write subscriber) on first use. */
function cacheOf(dataSource: DataSource): CountCache {
  let cache = caches.get(dataSource);
  if (!cache) {
    const made = new CountCache();
    const ranked = new CountCache<unknown>(MAX_RANKINGS);
    rankings.set(dataSource, ranked);
    const clear = () => {
      made.clear();
      ranked.clear();
    };
    const subscriber: EntitySubscriberInterface = {
      afterInsert: clear,
      afterUpdate: clear,
      afterRemove: clear,
      afterSoftRemove: clear,
      afterRecover: clear,
      afterTransactionCommit: clear,
    };
    // The broadcaster reads this array on every write, so a subscriber added after start counts.
    dataSource.subscribers.push(subscriber);
    caches.set(dataSource, made);
    cache = made;
  }
  return cache;
}

/**
 * The count `load` computes, reused for the same `key` (list name and filter) within
 * COUNT_TTL_MS and until the next write through `dataSource`.
 */
/** A search's ranking, kept and cleared as counts are (see MAX_RANKINGS). */
export function cachedRanking<V>(
  dataSource: DataSource,
  key: string,
  load: () => Promise<V>,
): Promise<V> {
  cacheOf(dataSource);
  return rankings.get(dataSource)!.count(key, load) as Promise<V>;
}

export function cachedCount(
  dataSource: DataSource,
  key: string,
  load: () => Promise<Total>,
): Promise<Total> {
  return cacheOf(dataSource).count(key, load);
}

/**
 * Where the count of a text search stops: past it, `totalCount` is this cap and
 * `totalCountExact` false, as a search engine reports "10,000+" (Elasticsearch's
 * `track_total_hits` defaults to the same 10,000). Counting every match of a common word is a
 * lookup per match: "центр" matches 124,575 of 250,000 organisations, counted in 63–138 ms of
 * CPU on SQLite, where stopping at 10,001 takes 8–19 ms (the word index joined as it yields
 * matches; see whereSearch). Figures: BENCHMARKS.md, "Search priced by its words".
 */
export const SEARCH_COUNT_CAP = 10_000;

/**
 * The rows `qb` selects, counted up to `cap` (exactly when there are no more), or all of them
 * when `cap` is null. The capped count is `COUNT(*)` over the query cut at `cap + 1` rows.
 */
export async function countUpTo<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  cap: number | null,
): Promise<Total> {
  if (cap === null) return { count: await qb.getCount(), exact: true };
  // Bound as text and cast, as list-reader.ts does: TypeORM's SQLite driver would splice a number.
  const [sql, parameters] = qb.select("1").getQueryAndParameters();
  const { driver } = qb.connection;
  const limit = driver.options.type === "postgres" ? `$${parameters.length + 1}` : "?";
  const rows = (await qb.connection.query(
    `SELECT COUNT(*) AS "found" FROM (${sql} LIMIT CAST(${limit} AS INTEGER)) "capped"`,
    [...parameters, String(cap + 1)],
  )) as { found: string | number }[];
  const found = Number(rows[0].found);
  return found > cap ? { count: cap, exact: false } : { count: found, exact: true };
}
