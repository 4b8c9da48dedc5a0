import { MigrationExecutor, type DataSource, type QueryRunner } from "typeorm";

/** A migration class as TypeORM runs it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationClass = Function;

/**
 * A subgraph's migrations, one list per kind of database: the SQL of SQLite and PostgreSQL
 * differs (types, enums, how a column is altered), so each dialect has its own generated files,
 * in subgraphs/<name>/migrations/{sqlite,postgres}/, listed in order by migrations/index.ts.
 */
export interface SubgraphMigrations {
  sqlite: MigrationClass[];
  postgres: MigrationClass[];
}

/** The command that brings a database to the current schema, named in every refusal. */
export const MIGRATE_COMMAND = "npm run migrate";

/** A database whose schema is behind the code: starting would fail on the first query. */
export class SchemaBehindError extends Error {}

/**
 * The first migration of each subgraph creates the tables of the release before migrations
 * existed, whose `synchronize` created them without recording anything. When all of them are
 * already there, such a database is adopted: the migration does nothing and is recorded as run,
 * and the later migrations upgrade it. Some but not all of them is a database in an unknown
 * state, which is refused rather than guessed at. Returns true when the tables were adopted.
 */
export async function adoptReleaseTables(runner: QueryRunner, tables: string[]): Promise<boolean> {
  const present = await Promise.all(tables.map((table) => runner.hasTable(table)));
  const count = present.filter(Boolean).length;
  if (count === 0) return false;
  if (count === tables.length) return true;
  const missing = tables.filter((_, index) => !present[index]);
  throw new SchemaBehindError(
    `the database has some of the release's tables but not ${missing.join(", ")}: restore it from a backup or start from an empty database`,
  );
}

/**
 * Brings the database to the current schema, or checks that it is there. With `migrate`, every
 * pending migration runs, each in its own transaction; without, a pending migration stops the
 * start with a message naming them and the command to run, since the code would fail on the
 * first query against a schema that is behind. Returns the names of the migrations run.
 */
export async function migrateOrRefuse(
  dataSource: DataSource,
  migrate: boolean,
  subgraph: string,
): Promise<string[]> {
  if (migrate) return runMigrationsOnce(dataSource, subgraph);
  const pending = await pendingMigrations(dataSource);
  if (pending.length > 0) {
    throw new SchemaBehindError(
      `the ${subgraph} database schema is behind the code (${pending.length} migration(s) pending: ${pending.join(", ")}): run \`${MIGRATE_COMMAND}\` (\`node dist/tools/migrate.js\` in the image) first, or start once with MIGRATE=true`,
    );
  }
  return [];
}

/** How often, and how far apart, a migration that failed beside another process's is tried. */
const MIGRATION_ATTEMPTS = 20;
const MIGRATION_RETRY_MS = 250;

/**
 * Runs every pending migration, each in its own transaction, and returns their names. On
 * PostgreSQL, processes migrating one database at the same moment (replicas started together
 * with MIGRATE=true, or a migration job beside them) take turns on a session advisory lock named
 * after the database's subgraph: the first runs the migrations, the others wait, then find
 * nothing pending. Without it both would create the migrations table and run the first
 * migration, and one would fail half-way. On SQLite a process that loses that race waits for the
 * other's migrations to be recorded instead.
 */
export async function runMigrationsOnce(dataSource: DataSource, name: string): Promise<string[]> {
  const postgres = dataSource.options.type === "postgres";
  const runner = postgres ? dataSource.createQueryRunner() : undefined;
  if (runner) {
    await runner.connect();
    await runner.query("SELECT pg_advisory_lock(hashtext($1))", [`ngo-graph migrations ${name}`]);
  }
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const ran = await dataSource.runMigrations({ transaction: "each" });
        return ran.map((migration) => migration.name);
      } catch (error) {
        // SQLite has no advisory lock: a process that migrated the same file a moment earlier
        // makes this one's first statement fail ("table … already exists"), and that failed
        // migration's transaction rolled back. Once the other has recorded every migration there
        // is nothing left to do; a migration that fails on its own fails again each time.
        if (attempt >= MIGRATION_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, MIGRATION_RETRY_MS));
        if ((await pendingMigrations(dataSource)).length === 0) return [];
      }
    }
  } finally {
    if (runner) {
      await runner
        .query("SELECT pg_advisory_unlock(hashtext($1))", [`ngo-graph migrations ${name}`])
        .finally(() => runner.release());
    }
  }
}

/** The names of the migrations not yet recorded in the database, in order. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  return pending.map((migration) => migration.name);
}
