import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { distinct } from "./batch";
import { badUserInput } from "./errors";
import {
  encodeCursor,
  toConnection,
  type ConnectionShape,
  type Cursor,
  type PageRequest,
} from "./pagination";

/** The order of a list: one sort column plus the id as tie-breaker, both on `alias`. */
export interface SortKey<T> {
  alias: string;
  column: string;
  valueOf: (row: T) => string | number;
}

function quoted(qb: { escape(name: string): string }, alias: string, column: string): string {
  return `${qb.escape(alias)}.${qb.escape(column)}`;
}

/** The name a list's cursors carry, so a cursor from one list is refused by another. */
function listOf<T>(sort: SortKey<T>): string {
  return `${sort.alias}.${sort.column}`;
}

function cursorOf<T extends { id: string }>(sort: SortKey<T>) {
  return (row: T): Cursor => ({ list: listOf(sort), value: sort.valueOf(row), id: row.id });
}

function applyAfter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: SortKey<T>,
  after: Cursor | null,
) {
  if (!after) return qb;
  if (after.list !== listOf(sort)) {
    throw badUserInput(
      "after",
      encodeCursor(after),
      `It is a cursor of another list (${after.list}).`,
    );
  }
  const column = quoted(qb, sort.alias, sort.column);
  const id = quoted(qb, sort.alias, "id");
  return qb.andWhere(
    `(${column} > :afterValue OR (${column} = :afterValue AND ${id} > :afterId))`,
    {
      afterValue: after.value,
      afterId: after.id,
    },
  );
}

/**
 * One page of a filtered list by keyset (never OFFSET): two statements, the page and the count.
 */
export async function fetchPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  sort: SortKey<T>,
  page: PageRequest,
): Promise<ConnectionShape<T>> {
  const totalCount = await qb.clone().getCount();
  const rows =
    page.limit === 0
      ? []
      : await applyAfter(qb.clone(), sort, page.after)
          .orderBy(quoted(qb, sort.alias, sort.column), "ASC")
          .addOrderBy(quoted(qb, sort.alias, "id"), "ASC")
          .limit(page.limit + 1)
          .getMany();
  return toConnection(rows, totalCount, page, cursorOf(sort));
}

/** How a list is partitioned by parent: an escaped SQL expression for the parent key. */
export interface Partition {
  /** Escaped SQL expression of the parent key, for example `"organizer"."organizationId"`. */
  expression: string;
}

/**
 * The same page of a list for many parents at once (Region.events for every region in a
 * response): a constant three statements whatever the number of parents — counts per parent,
 * the ids of each parent's page ranked with ROW_NUMBER(), then the rows by id.
 */
export async function fetchPagesByParent<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  qb: SelectQueryBuilder<T>,
  partition: Partition,
  parentKeys: readonly string[],
  sort: SortKey<T>,
  page: PageRequest,
  loadByIds: (ids: string[]) => Promise<T[]>,
): Promise<ConnectionShape<T>[]> {
  const keys = distinct(parentKeys);
  const scoped = qb
    .clone()
    .andWhere(`${partition.expression} IN (:...parentKeys)`, { parentKeys: keys });
  const counts = await scoped
    .clone()
    .select(partition.expression, "parent")
    .addSelect("COUNT(*)", "total")
    .groupBy(partition.expression)
    .getRawMany<{ parent: string; total: string | number }>();
  const totalByParent = new Map(counts.map((row) => [row.parent, Number(row.total)]));

  const ranked = page.limit === 0 ? [] : await rankedIds(manager, scoped, partition, sort, page);
  const rows = ranked.length ? await loadByIds(distinct(ranked.map((row) => row.id))) : [];
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const rowsByParent = new Map<string, T[]>();
  for (const { parent, id } of ranked) {
    const row = rowById.get(id);
    if (!row) continue;
    rowsByParent.set(parent, [...(rowsByParent.get(parent) ?? []), row]);
  }
  return parentKeys.map((key) =>
    toConnection(rowsByParent.get(key) ?? [], totalByParent.get(key) ?? 0, page, cursorOf(sort)),
  );
}

async function rankedIds<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  scoped: SelectQueryBuilder<T>,
  partition: Partition,
  sort: SortKey<T>,
  page: PageRequest,
): Promise<{ parent: string; id: string }[]> {
  const column = quoted(scoped, sort.alias, sort.column);
  const id = quoted(scoped, sort.alias, "id");
  const inner = applyAfter(scoped.clone(), sort, page.after)
    .select(partition.expression, "parent")
    .addSelect(id, "id")
    .addSelect(
      `ROW_NUMBER() OVER (PARTITION BY ${partition.expression} ORDER BY ${column}, ${id})`,
      "rn",
    );
  const [sql, parameters] = inner.getQueryAndParameters();
  // The limit is a validated integer (0..100), so it is safe to inline.
  const limit = page.limit + 1;
  return manager.query(
    `SELECT ranked.parent AS parent, ranked.id AS id FROM (${sql}) ranked WHERE ranked.rn <= ${limit} ORDER BY ranked.parent, ranked.rn`,
    parameters,
  );
}
