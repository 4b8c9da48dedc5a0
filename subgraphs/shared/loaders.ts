import DataLoader from "dataloader";
import { In, IsNull, type ObjectLiteral, type Repository } from "typeorm";
import { groupByKeys, orderByKeys } from "./batch";

/**
 * A per-request loader of rows by a unique column: every `load(key)` made in one tick
 * becomes one `WHERE column IN (...)`, with `null` for keys that have no row.
 */
export function loaderByKey<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: keyof T & string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await repository.findBy({ [column]: In([...keys]) } as never);
    return orderByKeys(keys, rows, (row) => row[column] as string);
  });
}

/**
 * A per-request loader of all rows sharing a column value, ordered by `orderBy`; `live` leaves
 * archived records out.
 */
export function loaderGroupedByKey<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: keyof T & string,
  orderBy: keyof T & string,
  { live = false }: { live?: boolean } = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await repository.find({
      where: { [column]: In([...keys]), ...(live ? { archivedAt: IsNull() } : {}) } as never,
      order: { [orderBy]: "ASC" } as never,
    });
    return groupByKeys(keys, rows, (row) => row[column] as string);
  });
}

/** A loader whose key is an object: keys with equal JSON share one batch slot. */
export function jsonKeyed<K, V>(
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V, string> {
  return new DataLoader(batch, { cacheKeyFn: (key) => JSON.stringify(key) });
}

/** A request for one parent's page of a list, with the list arguments it was asked with. */
export interface PageKey<A> {
  parent: string;
  args: A;
}

/**
 * A loader of per-parent pages: keys asked with the same arguments are loaded together in one
 * call of `loadPages` (a constant number of statements), whatever the number of parents.
 */
export function pagesByParentLoader<A, V>(
  loadPages: (parents: string[], args: A) => Promise<V[]>,
): DataLoader<PageKey<A>, V, string> {
  return jsonKeyed(async (keys) => {
    const groups = new Map<string, { args: A; indexes: number[] }>();
    keys.forEach((key, index) => {
      const signature = JSON.stringify(key.args);
      const group = groups.get(signature) ?? { args: key.args, indexes: [] };
      group.indexes.push(index);
      groups.set(signature, group);
    });
    const results = new Array<V>(keys.length);
    for (const { args, indexes } of groups.values()) {
      const pages = await loadPages(
        indexes.map((index) => keys[index].parent),
        args,
      );
      indexes.forEach((keyIndex, position) => (results[keyIndex] = pages[position]));
    }
    return results;
  });
}

/** A loader of a count per parent key from one `GROUP BY` query. */
export function countByKeyLoader(
  countAll: (keys: string[]) => Promise<{ key: string; total: string | number }[]>,
): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const rows = await countAll([...keys]);
    const totals = new Map(rows.map((row) => [row.key, Number(row.total)]));
    return keys.map((key) => totals.get(key) ?? 0);
  });
}

/** The ids on the far side of a link table, per key, in the links' `position` order. */
export function linkedIds<L extends ObjectLiteral & { position: number }>(
  links: Repository<L>,
  key: keyof L & string,
  far: keyof L & string,
): DataLoader<string, string[]> {
  return new DataLoader(async (keys) => {
    const rows = await links.find({
      where: { [key]: In([...keys]) } as never,
      order: { position: "ASC" } as never,
    });
    return groupByKeys(keys, rows, (row) => row[key] as string).map((group) =>
      group.map((row) => row[far] as string),
    );
  });
}
