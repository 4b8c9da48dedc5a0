import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource, type Logger, type MixedList, type EntitySchema } from "typeorm";

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
    if (this.echo) console.log(`[sql] ${query}`);
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`[sql] failed: ${query}: ${error instanceof Error ? error.message : error}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") console.warn(`[typeorm] ${String(message)}`);
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
}

/** A data source and the counter of the statements it runs. */
export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
}

/**
 * Creates (but does not open) the data source of one subgraph: an embedded SQLite file by
 * default, PostgreSQL through the same entities when a URL is given. Tables are created from
 * the entities on start (`synchronize`), since the platform has no migrations yet.
 */
export function createDatabase(
  settings: DatabaseSettings,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
): Database {
  const statements = new StatementCounter(settings.logSql);
  const common = { entities, synchronize: true, logging: ["query" as const], logger: statements };
  if (settings.url) {
    const dataSource = new DataSource({
      ...common,
      type: "postgres",
      url: settings.url,
      schema: settings.schema,
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
  });
  return { dataSource, statements };
}

/** Opens the data source; for PostgreSQL it first creates the subgraph's schema. */
export async function openDatabase(
  database: Database,
  settings: DatabaseSettings,
): Promise<DataSource> {
  if (settings.url) {
    const bootstrap = new DataSource({ type: "postgres", url: settings.url });
    await bootstrap.initialize();
    await bootstrap.query(`CREATE SCHEMA IF NOT EXISTS "${settings.schema.replace(/"/g, "")}"`);
    await bootstrap.destroy();
  }
  return database.dataSource.initialize();
}
