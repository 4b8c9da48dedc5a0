import type { QueryRunner } from "typeorm";

/**
 * The word indexes behind `filter.search` (filters.ts), which TypeORM cannot declare, so the
 * migrations that add them are written by hand with these helpers.
 *
 * SQLite: an FTS5 table `<table>_search` over the record's folded `searchText`, with the record's
 * rowid as its own (external content: the words are not stored twice), kept in step by three
 * triggers. A query word is a prefix query (`"word"*`), which is exactly "begins a word of the
 * record" since the stored text is already folded words. Diacritics are kept (`й` stays `й`): the
 * folding is search.ts's, not the tokenizer's.
 *
 * A later migration that rebuilds the table (TypeORM's SQLite migrations copy a table into a new
 * one to change a column) drops the triggers with the old table and may renumber the rowids: it
 * must call `createSqliteSearchIndex` again, which rebuilds the index from the rows.
 * test/shared-stack/indexes.ts fails when the triggers are missing after all migrations.
 *
 * PostgreSQL: a trigram GIN index on `searchText` (pg_trgm), which serves the same
 * `LIKE '% word%'` the search has always run.
 */

/** The FTS5 table holding the words of `table`. */
export function searchTableOf(table: string): string {
  return `${table}_search`;
}

/** Creates (or rebuilds) the FTS5 word index of an SQLite table and the triggers keeping it. */
export async function createSqliteSearchIndex(runner: QueryRunner, table: string): Promise<void> {
  const fts = searchTableOf(table);
  await dropSqliteSearchIndex(runner, table);
  await runner.query(
    `CREATE VIRTUAL TABLE "${fts}" USING fts5("searchText", content='${table}', tokenize='unicode61 remove_diacritics 0')`,
  );
  await runner.query(
    `CREATE TRIGGER "${fts}_insert" AFTER INSERT ON "${table}" BEGIN INSERT INTO "${fts}"(rowid, "searchText") VALUES (new.rowid, new."searchText"); END`,
  );
  await runner.query(
    `CREATE TRIGGER "${fts}_delete" AFTER DELETE ON "${table}" BEGIN INSERT INTO "${fts}"("${fts}", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText"); END`,
  );
  await runner.query(
    `CREATE TRIGGER "${fts}_update" AFTER UPDATE OF "searchText" ON "${table}" BEGIN INSERT INTO "${fts}"("${fts}", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText"); INSERT INTO "${fts}"(rowid, "searchText") VALUES (new.rowid, new."searchText"); END`,
  );
  // Indexes the rows already there (a database upgraded with its data).
  await runner.query(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
}

/** Drops the FTS5 word index of an SQLite table and its triggers. */
export async function dropSqliteSearchIndex(runner: QueryRunner, table: string): Promise<void> {
  const fts = searchTableOf(table);
  for (const trigger of ["insert", "delete", "update"])
    await runner.query(`DROP TRIGGER IF EXISTS "${fts}_${trigger}"`);
  await runner.query(`DROP TABLE IF EXISTS "${fts}"`);
}

/** The name of the trigram index of a PostgreSQL table's search text. */
export function trigramIndexOf(table: string): string {
  return `${table}_search_trigram`;
}

/** Creates the trigram GIN index of `schema.table`'s search text (and pg_trgm if missing). */
export async function createPostgresSearchIndex(
  runner: QueryRunner,
  schema: string,
  table: string,
): Promise<void> {
  // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. It goes to
  // "public", shared by every subgraph's schema, so that dropping one subgraph's schema keeps it.
  await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
  await runner.query(
    `CREATE INDEX "${trigramIndexOf(table)}" ON "${schema}"."${table}" USING gin ("searchText" public.gin_trgm_ops)`,
  );
}

/** Drops the trigram index of `schema.table` (the extension stays: others may use it). */
export async function dropPostgresSearchIndex(
  runner: QueryRunner,
  schema: string,
  table: string,
): Promise<void> {
  await runner.query(`DROP INDEX IF EXISTS "${schema}"."${trigramIndexOf(table)}"`);
}
