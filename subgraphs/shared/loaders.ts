import DataLoader from "dataloader";
import { In, IsNull, type ObjectLiteral, type Repository } from "typeorm";
import { groupByKeys, orderByKeys } from "./batch";
import { observeBatch } from "./observability/batch";

/**
 * A per-request loader of rows by a unique column: every `load(key)` made in one tick
 * becomes one `WHERE column IN (...)`, with `null` for keys that have no row.
 */
export function loaderByKey<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: keyof T & string,
): DataLoader<string, T | null> {
  const label = `${repository.metadata.name}.${column}`;
  return new DataLoader(async (keys) => {
    observeBatch(label, keys.length);
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
  const label = `${repository.metadata.name}.${column}[]`;
  return new DataLoader(async (keys) => {
    observeBatch(label, keys.length);
    const rows = await repository.find({
      where: { [column]: In([...keys]), ...(live ? { archivedAt: IsNull() } : {}) } as never,
      order: { [orderBy]: "ASC" } as never,
    });
    return groupByKeys(keys, rows, (row) => row[column] as string);
  });
}

/** The ids on the far side of a link table, per key, in the links' `position` order. */
export function linkedIds<L extends ObjectLiteral & { position: number }>(
  links: Repository<L>,
  key: keyof L & string,
  far: keyof L & string,
): DataLoader<string, string[]> {
  const label = `${links.metadata.name}.${key}->${far}`;
  return new DataLoader(async (keys) => {
    observeBatch(label, keys.length);
    const rows = await links.find({
      where: { [key]: In([...keys]) } as never,
      order: { position: "ASC" } as never,
    });
    return groupByKeys(keys, rows, (row) => row[key] as string).map((group) =>
      group.map((row) => row[far] as string),
    );
  });
}
