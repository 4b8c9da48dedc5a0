import { randomBytes } from "node:crypto";
import { Client } from "pg";
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

function dataSourceFor(
  target: MigrationTarget,
  dialect: Dialect,
  url: string | undefined,
  migrations: MigrationClass[],
): DataSource {
  const common = { entities: target.entities, migrations, synchronize: false };
  return dialect === "postgres"
    ? new DataSource({ ...common, type: "postgres", url, schema: target.name })
    : new DataSource({ ...common, type: "sqlite", database: ":memory:" });
}

/**
 * Applies the committed migrations to an empty scratch database of `dialect` (in-memory SQLite,
 * or a new database on the PostgreSQL server `serverUrl`), then asks TypeORM's schema builder
 * what the entities still need: the same comparison `synchronize` makes, recorded instead of run.
 * An empty `up` means the migrations give exactly the entities' schema.
 */
export async function schemaDiff(
  target: MigrationTarget,
  dialect: Dialect,
  serverUrl?: string,
): Promise<SchemaDiff> {
  const scratch = dialect === "postgres" ? await scratchPostgres(serverUrl!) : undefined;
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
