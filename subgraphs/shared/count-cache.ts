import type { DataSource, EntitySubscriberInterface } from "typeorm";

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
 * clears the whole cache: writes are rare next to reads, and a created record is counted in the
 * next answer.
 */
class CountCache {
  private readonly entries = new Map<string, { value: number; until: number }>();

  async count(key: string, load: () => Promise<number>, now = Date.now()): Promise<number> {
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    this.entries.delete(key);
    this.entries.set(key, { value, until: now + COUNT_TTL_MS });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<DataSource, CountCache>();

/** The count cache of a data source, made (with its write subscriber) on first use. */
function cacheOf(dataSource: DataSource): CountCache {
  let cache = caches.get(dataSource);
  if (!cache) {
    const made = new CountCache();
    const clear = () => made.clear();
    const subscriber: EntitySubscriberInterface = {
      afterInsert: clear,
      afterUpdate: clear,
      afterRemove: clear,
      afterSoftRemove: clear,
      afterRecover: clear,
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
export function cachedCount(
  dataSource: DataSource,
  key: string,
  load: () => Promise<number>,
): Promise<number> {
  return cacheOf(dataSource).count(key, load);
}
