import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource, type Logger, type MixedList, type EntitySchema } from "typeorm";
import type { Metrics } from "./observability/metrics";
import { processLogger } from "./observability/logger";
import { sqlObserver } from "./observability/sql";
import { currentRequestId } from "./request-id";
import { migrateOrRefuse, type SubgraphMigrations } from "./migrations";
import { isolateReads, type ReadIsolation } from "./read-isolation";

/**
 * Counts every SQL statement a data source runs. Tests read it to prove batching: the
 * number of statements a request costs must not grow with the number of rows it returns.
 */
export class StatementCounter implements Logger {
  count = 0;
  readonly recent: string[] = [];

  constructor(private readonly echo = false) {}

  logQuery(query: string): void {
    this.count += 1;
    this.recent.push(query);
    if (this.recent.length > 200) this.recent.shift();
    if (this.echo) processLogger().info({ event: "sql", query }, "sql");
  }
  logQueryError(error: string | Error, query: string): void {
    const message = error instanceof Error ? error.message : error;
    const requestId = currentRequestId();
    processLogger().error({ event: "sql_error", requestId, query, error: message }, "sql failed");
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") processLogger().warn({ event: "typeorm" }, String(message));
  }

  /** Statements run since `reset()` (or since the data source was created). */
  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }
}

export interface DatabaseSettings {
  /** SQLite file path, or `:memory:`. Used when `url` is absent. */
  sqlitePath: string;
  /**
   * Create the SQLite file's folder when it is missing. Only the default `.data/` folder is
   * created; a path someone configured must be in a folder that exists (see readDatabaseSettings).
   */
  createFolder?: boolean;
  /** A PostgreSQL URL: when given, the same entities are stored there. */
  url?: string;
  /** PostgreSQL schema that keeps this subgraph's tables apart from the others'. */
  schema: string;
  logSql: boolean;
  /** The subgraph's migrations (its definition's); tables are only ever created by them. */
  migrations?: SubgraphMigrations;
  /**
   * Run pending migrations on open (`MIGRATE`; on by default outside production). When off, a
   * pending migration stops the open with a message naming `npm run migrate`.
   */
  migrate?: boolean;
  /**
   * How SQLite reads are kept from uncommitted rows (read-isolation.ts): by default read-only
   * WAL connections for a file and serialised reads for `:memory:`. Set by the benchmark.
   */
  readIsolation?: ReadIsolation;
  /** PostgreSQL pool: see DatabasePool (the defaults when absent). */
  pool?: Partial<DatabasePool>;
}

/**
 * The PostgreSQL connection pool of one process. A request never waits longer than
 * `connectTimeoutMs` for a connection (a new one to open, or a pooled one to come free): past
 * it, it fails with DATABASE_UNAVAILABLE (database-outage.ts), and it stays below the gateway's
 * subgraph deadline (5 s by default) so that a client hears that code rather than a timeout.
 */
export interface DatabasePool {
  /** Most connections this process holds (`DATABASE_POOL_SIZE`). */
  size: number;
  /** Longest wait for a connection, in milliseconds (`DATABASE_CONNECT_TIMEOUT_MS`). */
  connectTimeoutMs: number;
}

export const DEFAULT_DATABASE_POOL: DatabasePool = { size: 10, connectTimeoutMs: 4000 };

/** A data source and the counter of the statements it runs. */
export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
}

/**
 * Creates (but does not open) the data source of one subgraph: an embedded SQLite file by
 * default, PostgreSQL through the same entities when a URL is given. Tables are created and
 * changed only by the subgraph's migrations for that kind of database, never by `synchronize`,
 * which would drop and recreate columns in a production database to match the code.
 */
export function createDatabase(
  settings: DatabaseSettings,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
  /** The server's metrics: every statement is counted and timed there (see observability/sql.ts). */
  metrics?: Metrics,
): Database {
  const statements = new StatementCounter(settings.logSql);
  const common = {
    entities,
    synchronize: false,
    migrationsTransactionMode: "each" as const,
    logging: ["query" as const],
    logger: statements,
    subscribers: metrics ? [sqlObserver(settings.schema, metrics)] : [],
  };
  if (settings.url) {
    const pool = { ...DEFAULT_DATABASE_POOL, ...settings.pool };
    const dataSource = new DataSource({
      ...common,
      type: "postgres",
      url: settings.url,
      schema: settings.schema,
      migrations: settings.migrations?.postgres ?? [],
      poolSize: pool.size,
      connectTimeoutMS: pool.connectTimeoutMs,
      // TCP keepalive notices a server that vanished without closing its connections.
      extra: { keepAlive: true },
      // An idle pooled connection the server drops (a restart) is logged and discarded; the
      // pool opens new ones when the server is back. Unhandled, the error would end the process.
      poolErrorHandler: (error: Error) =>
        processLogger().warn(
          { event: "database_pool_error", schema: settings.schema, error: error.message },
          "a pooled database connection failed; it is discarded",
        ),
    });
    return { dataSource, statements };
  }
  if (settings.createFolder && settings.sqlitePath !== ":memory:")
    mkdirSync(dirname(settings.sqlitePath), { recursive: true });
  const dataSource = new DataSource({
    ...common,
    type: "sqlite",
    database: settings.sqlitePath,
    enableWAL: settings.sqlitePath !== ":memory:",
    // Another process may write the same file (gateway workers sharing the registry): wait for
    // its transaction rather than fail at once.
    busyTimeout: 5000,
    migrations: settings.migrations?.sqlite ?? [],
  });
  return { dataSource, statements };
}

/**
 * Opens the data source (for PostgreSQL it first creates the subgraph's schema), then runs its
 * pending migrations, or refuses a schema that is behind when `settings.migrate` is false. On
 * SQLite, reads outside write transactions are then isolated from them (read-isolation.ts:
 * read-only WAL connections for a file, serialised reads for `:memory:`).
 */
export async function openDatabase(
  database: Database,
  settings: DatabaseSettings,
): Promise<DataSource> {
  if (settings.url) {
    const bootstrap = new DataSource({
      type: "postgres",
      url: settings.url,
      connectTimeoutMS: settings.pool?.connectTimeoutMs ?? DEFAULT_DATABASE_POOL.connectTimeoutMs,
    });
    await bootstrap.initialize();
    // Processes starting together would race on the catalogue: one at a time (migrations.ts).
    await bootstrap
      .transaction(async (manager) => {
        await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
          `ngo-graph schema ${settings.schema}`,
        ]);
        await manager.query(`CREATE SCHEMA IF NOT EXISTS "${settings.schema.replace(/"/g, "")}"`);
      })
      .finally(() => bootstrap.destroy());
  }
  // Without its migrations nothing would create the tables: a caller that forgot them hears so.
  if (!settings.migrations)
    throw new Error(`no migrations given for the ${settings.schema} database`);
  const dataSource = await database.dataSource.initialize();
  try {
    await migrateOrRefuse(dataSource, settings.migrate ?? true, settings.schema);
    await isolateReads(dataSource, settings.readIsolation);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
