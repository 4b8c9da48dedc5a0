import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { cachedCount, countUpTo, SEARCH_COUNT_CAP } from "./count-cache";
import { fetchPage, checkCursor, type Keyset, type SortType } from "./keyset";
import type { ListPurpose } from "./filters";
import type { PageArgs } from "./page.args";
import { readPageArgs, type ConnectionShape, type PageRequest } from "./pagination";
import { rankedPage, type RankFields } from "./relevance";

/** A row a list can hold: it has an id, and archived rows leave every list. */
export type ListRow = ObjectLiteral & { id: string; archivedAt: string | null };

/**
 * Where a nested list finds its parent key, named by entity and property (never as SQL text):
 * a property of the listed entity (`{ property: "regionCode" }`), or a property of a link entity
 * joined on the listed entity's id (`{ through: EventOrganizer, alias: "organizer",
 * link: "eventId", property: "organizationId" }`).
 */
export type ParentKey =
  | { property: string }
  | { through: new () => ObjectLiteral; alias: string; link: string; property: string };

/**
 * A list, declared once. The root query's page, every nested page (`Region.events` for many
 * regions at once) and the per-parent counts are all derived from this declaration.
 */
export interface ListDeclaration<T extends ListRow, F extends object, P extends string> {
  entity: EntityTarget<T>;
  /** The alias the listed entity has in `where` (`organization`). */
  alias: string;
  /**
   * The sort column (ties broken by id), the type of its values, and whether the list runs
   * newest (largest) first; a descending list's cursors name it apart (`event.startsAtUtc.desc`).
   */
  sort: { property: keyof T & string; type: SortType; descending?: boolean };
  /**
   * Narrows the live rows to those a (validated) filter asks for; `purpose` lets a condition
   * take the form that suits counting rather than reading rows in order (see whereSearch).
   */
  where: (qb: SelectQueryBuilder<T>, filter: F, purpose: ListPurpose) => void;
  /** The keys the list can be read by parent with, by name (`region`, `organizer`). */
  parents: Record<P, ParentKey>;
  /**
   * Where its records keep their text, when the root list's search results are ranked by
   * relevance (relevance.ts) rather than by the sort column.
   */
  rank?: RankFields;
}

/** A declared list and what it derives: queries, keysets, page requests and root pages. */
export interface List<
  T extends ListRow,
  F extends object,
  P extends string,
> extends ListDeclaration<T, F, P> {
  /** The name cursors of this list carry (`organization.name`). */
  readonly name: string;
  /**
   * Reads `first`/`after` at the resolver boundary: the cursor must be this list's and carry a
   * sort value of the right type, else BAD_USER_INPUT naming `after` (before any batch).
   */
  readPage(args: PageArgs): PageRequest;
  /** Restricts a query of the entity under `alias` to the live rows matching the filter. */
  narrow(
    qb: SelectQueryBuilder<T>,
    filter: F | null | undefined,
    purpose?: ListPurpose,
  ): SelectQueryBuilder<T>;
  /** Live rows matching the filter, as a query to page (the default) or to count. */
  query(
    dataSource: DataSource,
    filter: F | null | undefined,
    purpose?: ListPurpose,
  ): SelectQueryBuilder<T>;
  keyset(dataSource: DataSource): Keyset<T>;
  /** The root list's page: a count and a keyset page, two statements. */
  page(
    dataSource: DataSource,
    filter: F | null | undefined,
    page: PageRequest,
  ): Promise<ConnectionShape<T>>;
  /** The escaped SQL expression of a property of an entity under an alias. */
  column(
    dataSource: DataSource,
    entity: EntityTarget<ObjectLiteral>,
    alias: string,
    property: string,
  ): string;
}

/**
 * The escaped SQL expression of an entity's property under an alias (`"organization"."name"`),
 * from the entity's metadata, so declarations name properties and never quote SQL by hand.
 */
export function columnSql(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  property: string,
): string {
  const found = dataSource.getMetadata(entity).findColumnWithPropertyName(property);
  if (!found) {
    const name = typeof entity === "function" ? entity.name : String(entity);
    throw new Error(`${name} (as ${alias}) has no property ${property}`);
  }
  const { driver } = dataSource;
  return `${driver.escape(alias)}.${driver.escape(found.databaseName)}`;
}

/**
 * A search matching at most this many rows reads its page from its matches, sorted, rather than
 * along the list's sort index (see whereSearch), which only pays when matches are many.
 */
const FEW_MATCHES = 1_000;

/** Whether a filter holds a text search (every list filter names it `search`). */
function isSearch(filter: object | null | undefined): boolean {
  return typeof (filter as { search?: unknown } | null | undefined)?.search === "string";
}

/** Declares a list; see ListDeclaration. */
export function defineList<T extends ListRow, F extends object, P extends string>(
  declaration: ListDeclaration<T, F, P>,
): List<T, F, P> {
  const name = `${declaration.alias}.${declaration.sort.property}${declaration.sort.descending ? ".desc" : ""}`;
  // The cursors of ranked search results name their own list, so neither list takes the other's.
  const ranked = `${declaration.alias}.relevance`;
  const keyset = (dataSource: DataSource): Keyset<T> => {
    const { entity, alias, sort } = declaration;
    return {
      list: name,
      column: columnSql(dataSource, entity, alias, sort.property),
      id: columnSql(dataSource, entity, alias, "id"),
      type: sort.type,
      descending: sort.descending,
      valueOf: (row) => row[sort.property] as string | number,
    };
  };
  const narrow = (
    qb: SelectQueryBuilder<T>,
    filter: F | null | undefined,
    purpose: ListPurpose = "rows",
  ) => {
    qb.andWhere(`${declaration.alias}.archivedAt IS NULL`);
    if (filter) declaration.where(qb, filter, purpose);
    return qb;
  };
  const query = (
    dataSource: DataSource,
    filter: F | null | undefined,
    purpose: ListPurpose = "rows",
  ) =>
    narrow(
      dataSource.getRepository(declaration.entity).createQueryBuilder(declaration.alias),
      filter,
      purpose,
    );
  return {
    ...declaration,
    name,
    column: columnSql,
    keyset,
    narrow,
    query,
    readPage: (args) => {
      const page = readPageArgs(args);
      if (page.after && !(declaration.rank && page.after.list === ranked))
        checkCursor({ list: name, type: declaration.sort.type }, page.after);
      return page;
    },
    // The total of a root page is reused per filter for a few seconds, and a search's stops at
    // SEARCH_COUNT_CAP: see count-cache.ts.
    page: async (dataSource, filter, page) => {
      const total = await cachedCount(dataSource, `${name} ${JSON.stringify(filter ?? null)}`, () =>
        countUpTo(query(dataSource, filter, "count"), isSearch(filter) ? SEARCH_COUNT_CAP : null),
      );
      const search = (filter as { search?: string } | null | undefined)?.search;
      if (declaration.rank && typeof search === "string") {
        if (page.after) checkCursor({ list: ranked, type: "string" }, page.after);
        const { entity, alias } = declaration;
        return rankedPage(
          query(dataSource, filter, "few-rows"),
          (ids) => dataSource.getRepository(entity).createQueryBuilder(alias).whereInIds(ids),
          {
            alias,
            list: ranked,
            fields: declaration.rank,
            search,
            key: `${ranked} ${JSON.stringify(filter)}`,
          },
          page,
          total,
        );
      }
      if (page.after?.list === ranked)
        checkCursor({ list: name, type: declaration.sort.type }, page.after);
      const purpose = isSearch(filter) && total.count <= FEW_MATCHES ? "few-rows" : "rows";
      return fetchPage(
        query(dataSource, filter, purpose),
        keyset(dataSource),
        page,
        async () => total,
      );
    },
  };
}
