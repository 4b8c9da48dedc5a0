import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { newDb } from "pg-mem";
import { DataSource, type EntitySchema, type MixedList } from "typeorm";
import type { MigrationClass, SubgraphMigrations } from "../../subgraphs/shared/migrations";

/** The kinds of database a subgraph runs on; each has its own migrations. */
export const DIALECTS = ["sqlite", "postgres"] as const;
export type Dialect = (typeof DIALECTS)[number];

/** A subgraph's entities and its committed migrations. */
export interface MigrationTarget {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  migrations: SubgraphMigrations;
}

/** What the entities need beyond the committed migrations: SQL up and down, and the tables. */
export interface SchemaDiff {
  up: { query: string; parameters?: unknown[] }[];
  down: { query: string; parameters?: unknown[] }[];
  /** Every table of the entities, as the dialect names it (`events.event` on PostgreSQL). */
  tables: string[];
}

/** A scratch PostgreSQL database on `serverUrl`, dropped by the returned function. */
async function scratchPostgres(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ngo_graph_migration_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE ${name}`) };
}

/**
 * An empty in-memory PostgreSQL (pg-mem) for TypeORM: what `migration:generate` compares a new
 * subgraph's entities with when no server is given. The two functions TypeORM asks for that
 * pg-mem lacks get fixed answers. pg-mem cannot answer the catalogue queries TypeORM reads an
 * existing schema back with, so it serves only while the subgraph has no PostgreSQL migration
 * yet: the diff is then every CREATE the entities need, read from TypeORM without a database.
 */
function inMemoryPostgres(options: object): DataSource {
  const db = newDb();
  db.public.registerFunction({ name: "current_database", implementation: () => "scratch" });
  db.public.registerFunction({ name: "version", implementation: () => "PostgreSQL 16.0" });
  return db.adapters.createTypeormDataSource({ type: "postgres", ...options }) as DataSource;
}

/** Why a PostgreSQL diff needs a server for this target, or undefined when pg-mem will do. */
export function postgresServerNeeded(target: MigrationTarget): string | undefined {
  if (target.migrations.postgres.length === 0) return undefined;
  return `${target.name} already has PostgreSQL migrations: comparing with them needs a PostgreSQL server (set MIGRATION_DATABASE_URL or TEST_DATABASE_URL); only a subgraph's first migration is written without one`;
}

function dataSourceFor(
  target: MigrationTarget,
  dialect: Dialect,
  url: string | undefined,
  migrations: MigrationClass[],
): DataSource {
  const common = { entities: target.entities, migrations, synchronize: false };
  if (dialect === "sqlite")
    return new DataSource({ ...common, type: "sqlite", database: ":memory:" });
  if (url === undefined) return inMemoryPostgres({ ...common, schema: target.name });
  return new DataSource({ ...common, type: "postgres", url, schema: target.name });
}

/**
 * Applies the committed migrations to an empty scratch database of `dialect` (in-memory SQLite;
 * for PostgreSQL a new database on the server `serverUrl`, or, for a subgraph without PostgreSQL
 * migrations yet, an empty in-memory pg-mem), then asks TypeORM's schema builder
 * what the entities still need: the same comparison `synchronize` makes, recorded instead of run.
 * An empty `up` means the migrations give exactly the entities' schema.
 */
export async function schemaDiff(
  target: MigrationTarget,
  dialect: Dialect,
  serverUrl?: string,
): Promise<SchemaDiff> {
  if (dialect === "postgres" && serverUrl === undefined) {
    const needed = postgresServerNeeded(target);
    if (needed) throw new Error(needed);
  }
  const scratch =
    dialect === "postgres" && serverUrl !== undefined
      ? await scratchPostgres(serverUrl)
      : undefined;
  const dataSource = dataSourceFor(target, dialect, scratch?.url, target.migrations[dialect]);
  try {
    await dataSource.initialize();
    if (dialect === "postgres")
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${target.name}"`);
    await dataSource.runMigrations({ transaction: "each" });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map(({ query, parameters }) => ({ query, parameters })),
      down: sql.downQueries.reverse().map(({ query, parameters }) => ({ query, parameters })),
      tables: dataSource.entityMetadatas.map((metadata) => metadata.tablePath),
    };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await scratch?.drop();
  }
}
