import DataLoader from "dataloader";
import type { DataSource, SelectQueryBuilder } from "typeorm";
import { distinct } from "./batch";
import { applyAfter, cursorOf, directionOf, rankWithinParents, type Keyset } from "./keyset";
import { observeBatch } from "./observability/batch";
import type { List, ListRow } from "./list";
import { toConnection, type ConnectionShape, type PageRequest } from "./pagination";

/**
 * The per-request reader of a declared list by parent. Everything asked in one tick with the
 * same filter (and page) is loaded together, whatever the number of parents: a total is one
 * `GROUP BY` statement, shared by every field asking it (`Region.organizationCount` and
 * `Region.organizations.totalCount`) and run only when one is asked; the rows of every parent's
 * page are one more statement.
 */
export interface ListReader<T extends ListRow, F extends object, P extends string> {
  /** One parent's page, by the parent key `by` of the list's declaration. */
  pageOf(
    by: P,
    parent: string,
    filter: F | null | undefined,
    page: PageRequest,
  ): Promise<ConnectionShape<T>>;
  /** How many live rows of the parent match the filter. */
  countOf(by: P, parent: string, filter?: F | null): Promise<number>;
  /** The sum of a numeric property over the parent's live rows (0 when it has none). */
  sumOf(by: P, parent: string, property: keyof T & string): Promise<number>;
}

/** A total asked for one parent: a count of the matching rows, or the sum of a property. */
interface TotalKey<F> {
  parent: string;
  filter: F | null;
  sum?: string;
}

/** A page asked for one parent, with the (validated) filter and page request. */
interface PageKey<F> {
  parent: string;
  filter: F | null;
  page: PageRequest;
}

/** What the loaders of one list share within a request. */
interface Reading<T extends ListRow, F extends object, P extends string> {
  dataSource: DataSource;
  list: List<T, F, P>;
  keyset: Keyset<T>;
}

/** The alias of the page's rows, apart from the list's own alias used inside the ranking. */
const ROW = "pageRow";

/** Fresh per-request loaders of a list by parent; see ListReader. */
export function createListReader<T extends ListRow, F extends object, P extends string>(
  dataSource: DataSource,
  list: List<T, F, P>,
): ListReader<T, F, P> {
  const reading: Reading<T, F, P> = { dataSource, list, keyset: list.keyset(dataSource) };
  const totals = lazily((by: P) =>
    keyed((keys: readonly TotalKey<F>[]) => loadTotals(reading, by, keys)),
  );
  const pages = lazily((by: P) =>
    keyed((keys: readonly PageKey<F>[]) => loadPages(reading, totals(by), by, keys)),
  );
  return {
    pageOf: (by, parent, filter, page) =>
      pages(by).load({ parent, filter: normalFilter(filter), page }),
    countOf: (by, parent, filter = null) =>
      totals(by).load({ parent, filter: normalFilter(filter) }),
    sumOf: (by, parent, property) => totals(by).load({ parent, filter: null, sum: property }),
  };
}

/**
 * Restricts a query of the listed entity (under the list's alias) to the live rows matching the
 * filter whose parent is one of `parents`, joining the link entity when the key sits there.
 * Returns the escaped parent key with the query.
 */
function scope<T extends ListRow, F extends object, P extends string>(
  { dataSource, list }: Reading<T, F, P>,
  qb: SelectQueryBuilder<T>,
  by: P,
  filter: F | null,
  parents: string[],
  parameter = "parents",
): { parent: string; qb: SelectQueryBuilder<T> } {
  const key = list.parents[by];
  let parent: string;
  if ("through" in key) {
    qb.innerJoin(key.through, key.alias, `${key.alias}.${key.link} = ${list.alias}.id`);
    parent = list.column(dataSource, key.through, key.alias, key.property);
  } else {
    parent = list.column(dataSource, list.entity, list.alias, key.property);
  }
  list.narrow(qb, filter).andWhere(`${parent} IN (:...${parameter})`, { [parameter]: parents });
  return { parent, qb };
}

/** One `GROUP BY` statement per distinct filter (and sum) in the batch. */
async function loadTotals<T extends ListRow, F extends object, P extends string>(
  reading: Reading<T, F, P>,
  by: P,
  keys: readonly TotalKey<F>[],
): Promise<number[]> {
  const { dataSource, list } = reading;
  observeBatch(`${list.alias}.totals`, keys.length);
  const results: number[] = new Array(keys.length);
  for (const { key, indexes, parents } of groupBySignature(keys)) {
    const all = dataSource.getRepository(list.entity).createQueryBuilder(list.alias);
    const { parent, qb } = scope(reading, all, by, key.filter, parents);
    const aggregate = key.sum
      ? `COALESCE(SUM(${list.column(dataSource, list.entity, list.alias, key.sum)}), 0)`
      : "COUNT(*)";
    const rows = await qb
      .select(parent, "parent")
      .addSelect(aggregate, "total")
      .groupBy(parent)
      .getRawMany<{ parent: string; total: string | number }>();
    const byParent = new Map(rows.map((row) => [String(row.parent), Number(row.total)]));
    for (const index of indexes) results[index] = byParent.get(keys[index].parent) ?? 0;
  }
  return results;
}

/**
 * Per distinct filter and page in the batch: every parent's rows, with each parent's total
 * counted (shared with the count fields, one statement for the batch) only if it is asked.
 */
async function loadPages<T extends ListRow, F extends object, P extends string>(
  reading: Reading<T, F, P>,
  totals: DataLoader<TotalKey<F>, number, string>,
  by: P,
  keys: readonly PageKey<F>[],
): Promise<ConnectionShape<T>[]> {
  observeBatch(`${reading.list.alias}.pages`, keys.length);
  const results: ConnectionShape<T>[] = new Array(keys.length);
  for (const { key, indexes, parents } of groupBySignature(keys)) {
    const rows = await pageRows(reading, by, key.filter, parents, key.page);
    for (const index of indexes) {
      const { parent } = keys[index];
      const total = () => totals.load({ parent, filter: key.filter });
      results[index] = toConnection(
        rows.get(parent) ?? [],
        total,
        key.page,
        cursorOf(reading.keyset),
      );
    }
  }
  return results;
}

/**
 * Up to this many parents, a page is read with one `LIMIT` per parent (see rankedByParent);
 * beyond it, with one window over every parent's rows (see rankWithinParents).
 */
export const PER_PARENT_LIMIT_MAX = 64;

/**
 * The first `limit + 1` rows after the cursor for every parent, in one statement: the rows
 * joined to their place within their parent's page (`ranked`: parent, id, rn).
 */
async function pageRows<T extends ListRow, F extends object, P extends string>(
  reading: Reading<T, F, P>,
  by: P,
  filter: F | null,
  parents: string[],
  page: PageRequest,
): Promise<Map<string, T[]>> {
  const { dataSource, list, keyset } = reading;
  const byParent = new Map<string, T[]>();
  if (page.limit === 0) return byParent;
  const rowId = list.column(dataSource, list.entity, ROW, "id");
  const rows = dataSource.getRepository(list.entity).createQueryBuilder(ROW);
  if (parents.length <= PER_PARENT_LIMIT_MAX) {
    const { union, parameters } = rankedByParent(reading, rows, by, filter, parents, page);
    rows.innerJoin(union, "ranked", `ranked.id = ${rowId}`, parameters);
  } else {
    rows.innerJoin(
      (sub) => {
        const ranked = scope(reading, sub.from(list.entity, list.alias), by, filter, parents);
        return rankWithinParents(ranked.qb, ranked.parent, keyset, page);
      },
      "ranked",
      // Bound as text and cast: TypeORM's SQLite driver would splice a number into the SQL.
      `ranked.id = ${rowId} AND ranked.rn <= CAST(:rowLimit AS INTEGER)`,
      { rowLimit: String(page.limit + 1) },
    );
  }
  const { entities, raw } = await rows
    .addSelect("ranked.parent", "pageParent")
    .orderBy("ranked.parent")
    .addOrderBy("ranked.rn")
    .getRawAndEntities<Record<string, unknown>>();
  // A row in several parents' pages (a programme of two regions) is one entity, several raw rows.
  const rowById = new Map(entities.map((row) => [row.id, row]));
  for (const ranked of raw) {
    const row = rowById.get(String(ranked[`${ROW}_id`]));
    const parent = String(ranked.pageParent);
    if (row) byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
  }
  return byParent;
}

/**
 * The ranking of every parent's page as a `UNION ALL` of one ordered `LIMIT limit + 1` per
 * parent, so each parent costs its page whatever its size. The window of rankWithinParents
 * numbers every row of a parent before cutting: 41,860 events of Moscow for a page of 20 took
 * 37 ms on SQLite, one `LIMIT` per parent 0.5 ms (BENCHMARKS.md, "National scale").
 */
function rankedByParent<T extends ListRow, F extends object, P extends string>(
  reading: Reading<T, F, P>,
  rows: SelectQueryBuilder<T>,
  by: P,
  filter: F | null,
  parents: string[],
  page: PageRequest,
): { union: string; parameters: Record<string, unknown> } {
  const { dataSource, list, keyset } = reading;
  const escape = (name: string) => dataSource.driver.escape(name);
  const direction = directionOf(keyset);
  const parameters: Record<string, unknown> = {};
  const arms = parents.map((one, index) => {
    const sub = rows.subQuery().from(list.entity, list.alias);
    const { parent, qb } = scope(reading, sub, by, filter, [one], `parent${index}`);
    const limited = applyAfter(qb, keyset, page.after)
      .select(parent, "parent")
      .addSelect(keyset.id, "id")
      .addSelect(keyset.column, "sortValue")
      .orderBy(keyset.column, direction)
      .addOrderBy(keyset.id, direction)
      .limit(page.limit + 1);
    Object.assign(parameters, limited.getParameters());
    const [parentName, id, sortValue] = ["parent", "id", "sortValue"].map(escape);
    return (
      `SELECT ${parentName}, ${id}, ROW_NUMBER() OVER (ORDER BY ${sortValue} ${direction}, ` +
      `${id} ${direction}) AS ${escape("rn")} FROM ${limited.getQuery()} ${escape(`arm${index}`)}`
    );
  });
  return { union: `(${arms.join(" UNION ALL ")})`, parameters };
}

/** A filter with its unset fields left out, or null when none is set, for stable batch keys. */
function normalFilter<F extends object>(filter: F | null | undefined): F | null {
  if (!filter) return null;
  const set = Object.entries(filter).filter(([, value]) => value !== undefined && value !== null);
  return set.length ? (Object.fromEntries(set) as F) : null;
}

/** Groups a batch's keys by everything but the parent, keeping each key's index. */
function groupBySignature<K extends { parent: string }>(keys: readonly K[]) {
  const groups = new Map<string, { key: K; indexes: number[] }>();
  keys.forEach((key, index) => {
    const signature = JSON.stringify({ ...key, parent: undefined });
    const group = groups.get(signature) ?? { key, indexes: [] };
    group.indexes.push(index);
    groups.set(signature, group);
  });
  return [...groups.values()].map(({ key, indexes }) => ({
    key,
    indexes,
    parents: distinct(indexes.map((index) => keys[index].parent)),
  }));
}

/** A loader whose key is an object: keys with equal JSON share one batch slot. */
function keyed<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V, string> {
  return new DataLoader(batch, { cacheKeyFn: (key) => JSON.stringify(key) });
}

/** One value per name, made on first use. */
function lazily<N, V>(make: (name: N) => V): (name: N) => V {
  const made = new Map<N, V>();
  return (name) => {
    if (!made.has(name)) made.set(name, make(name));
    return made.get(name)!;
  };
}
