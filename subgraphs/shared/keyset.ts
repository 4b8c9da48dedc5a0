import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "./errors";
import {
  encodeCursor,
  toConnection,
  type ConnectionShape,
  type Cursor,
  type PageRequest,
  type Total,
} from "./pagination";

/** The type of a list's sort column, and so of the sort values its cursors carry. */
export type SortType = "string" | "integer";

/**
 * The order of a list, ready for SQL: one sort column plus the id as tie-breaker, both as
 * escaped expressions (`"organization"."name"`), built from a list declaration by list.ts.
 */
export interface Keyset<T> {
  /** The name the list's cursors carry, so a cursor of one list is refused by another. */
  list: string;
  column: string;
  id: string;
  type: SortType;
  /** Newest (largest) first: the column and the id both run down, and `after` means "below". */
  descending?: boolean;
  valueOf: (row: T) => string | number;
}

/** The SQL direction of a keyset. */
export function directionOf(keyset: Pick<Keyset<unknown>, "descending">): "ASC" | "DESC" {
  return keyset.descending ? "DESC" : "ASC";
}

/** The cursor of a row of the list. */
export function cursorOf<T extends { id: string }>(keyset: Keyset<T>) {
  return (row: T): Cursor => ({ list: keyset.list, value: keyset.valueOf(row), id: row.id });
}

function sortValueFits(type: SortType, value: string | number): boolean {
  return type === "string" ? typeof value === "string" : Number.isSafeInteger(value);
}

/**
 * Checks a decoded cursor against the list it is given to: it must be one of this list's
 * cursors and carry a sort value of the sort column's type. Anything else is BAD_USER_INPUT
 * naming `after`, found before a statement is built.
 */
export function checkCursor(
  keyset: Pick<Keyset<unknown>, "list" | "type">,
  cursor: Cursor,
): Cursor {
  if (cursor.list !== keyset.list) {
    throw badUserInput(
      "after",
      encodeCursor(cursor),
      `It is a cursor of another list (${cursor.list}).`,
    );
  }
  if (!sortValueFits(keyset.type, cursor.value)) {
    throw badUserInput(
      "after",
      encodeCursor(cursor),
      `Its sort value is not a${keyset.type === "integer" ? "n integer" : " string"}.`,
    );
  }
  return cursor;
}

/**
 * Restricts a query to the rows after a cursor. The sort value is always bound as a text
 * parameter: TypeORM's SQLite driver writes a number parameter into the SQL text itself
 * (`String(value)`), which is how a forged `1e999` once became `no such column: Infinity`.
 * SQLite compares a text parameter with an INTEGER column numerically, and PostgreSQL casts it
 * to the column's type, so text is safe for both sort types.
 */
export function applyAfter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keyset: Keyset<T>,
  after: Cursor | null,
): SelectQueryBuilder<T> {
  if (!after) return qb;
  const { column, id } = keyset;
  // The leading `column >= value` is implied by the rest, but it is what lets SQLite and
  // PostgreSQL start the index range at the cursor: with the OR alone, page 5,000 walked the
  // index from its first entry. A descending list reads the same range the other way.
  const [atLeast, beyond] = keyset.descending ? ["<=", "<"] : [">=", ">"];
  return qb.andWhere(
    `(${column} ${atLeast} :afterValue AND (${column} ${beyond} :afterValue OR ${id} ${beyond} :afterId))`,
    { afterValue: String(checkCursor(keyset, after).value), afterId: after.id },
  );
}

/**
 * One page of a filtered list by keyset (never OFFSET): two statements, the count and the page.
 * `count` replaces the plain count of `qb`, so a caller can reuse a count (see count-cache.ts)
 * or count with a query of its own shape.
 */
export async function fetchPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  keyset: Keyset<T>,
  page: PageRequest,
  count: () => Promise<number | Total> = () => qb.clone().getCount(),
): Promise<ConnectionShape<T>> {
  const totalCount = await count();
  const rows =
    page.limit === 0
      ? []
      : await applyAfter(qb.clone(), keyset, page.after)
          .orderBy(keyset.column, directionOf(keyset))
          .addOrderBy(keyset.id, directionOf(keyset))
          .limit(page.limit + 1)
          .getMany();
  return toConnection(rows, totalCount, page, cursorOf(keyset));
}

/**
 * Turns `scoped` (the list's query restricted to some parents; `parent` is the escaped parent
 * key) into the ranking of every parent's rows after the cursor: `parent`, `id` and `rn`, the
 * row's place in its parent's page by `ROW_NUMBER() OVER (PARTITION BY parent ...)`. Joined to
 * the rows and cut at `rn <= limit + 1`, it reads every parent's page in one statement.
 */
export function rankWithinParents<T extends ObjectLiteral>(
  scoped: SelectQueryBuilder<T>,
  parent: string,
  keyset: Keyset<T>,
  page: PageRequest,
): SelectQueryBuilder<T> {
  const { column, id } = keyset;
  return applyAfter(scoped, keyset, page.after)
    .select(parent, "parent")
    .addSelect(id, "id")
    .addSelect(
      `ROW_NUMBER() OVER (PARTITION BY ${parent} ORDER BY ${column} ${directionOf(keyset)}, ${id} ${directionOf(keyset)})`,
      "rn",
    );
}
