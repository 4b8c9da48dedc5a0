import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner } from "typeorm";
import { GENERATED_PREFIX } from "./plan";

/** Bind parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
/** Rows per transaction: large enough to amortise the commit, small enough to bound the WAL. */
const ROWS_PER_TRANSACTION = 50_000;

/**
 * Writes rows of one entity with multi-row INSERTs inside transactions. TypeORM's own insert
 * builder costs more per row than the database does at this size, so the statement is built
 * here from the entity's metadata; the values go through the driver's own conversion
 * (`preparePersistentValue`: simple-json, booleans), exactly as a repository save would store them.
 */
export class BulkWriter<T extends ObjectLiteral> {
  private readonly runner: QueryRunner;
  private readonly columns;
  private readonly head: string;
  private readonly batchRows: number;
  private pending: T[] = [];
  private inTransaction = 0;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
  ) {
    const metadata = dataSource.getMetadata(entity);
    this.columns = metadata.columns;
    const { driver } = dataSource;
    const table = metadata.schema
      ? `${driver.escape(metadata.schema)}.${driver.escape(metadata.tableName)}`
      : driver.escape(metadata.tableName);
    this.head = `INSERT INTO ${table} (${this.columns.map((c) => driver.escape(c.databaseName)).join(", ")}) VALUES `;
    this.batchRows = Math.min(1000, Math.floor(MAX_PARAMETERS / this.columns.length));
    this.runner = dataSource.createQueryRunner();
  }

  async add(row: T): Promise<void> {
    this.pending.push(row);
    if (this.pending.length >= this.batchRows) await this.flush();
  }

  /** Writes what is pending and commits. */
  async close(): Promise<void> {
    await this.flush();
    if (this.runner.isTransactionActive) await this.runner.commitTransaction();
    await this.runner.release();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    if (!this.runner.isTransactionActive) await this.runner.startTransaction();
    const postgres = this.dataSource.driver.options.type === "postgres";
    const values: unknown[] = [];
    const tuples = this.pending.map((row) => {
      const marks = this.columns.map((column) => {
        // A column the row leaves out (one added since) is stored as NULL, as an insert would.
        const value: unknown = column.getEntityValue(row);
        values.push(this.dataSource.driver.preparePersistentValue(value ?? null, column));
        return postgres ? `$${values.length}` : "?";
      });
      return `(${marks.join(", ")})`;
    });
    await this.runner.query(this.head + tuples.join(", "), values);
    this.inTransaction += this.pending.length;
    this.pending = [];
    if (this.inTransaction >= ROWS_PER_TRANSACTION) {
      await this.runner.commitTransaction();
      this.inTransaction = 0;
    }
  }
}

/**
 * Removes the rows an earlier run generated (their ids, or the named link column, start with
 * the generated prefix), so a second run replaces the synthetic network instead of failing on
 * its primary keys. Seed rows are never touched.
 */
export async function removeGenerated(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  property = "id",
): Promise<void> {
  const metadata = dataSource.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName(property)!.databaseName;
  // A range on the key, so the primary key (or the link's index) finds the rows.
  await dataSource
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where(
      `${dataSource.driver.escape(column)} >= :from AND ${dataSource.driver.escape(column)} < :to`,
      {
        from: GENERATED_PREFIX,
        to:
          GENERATED_PREFIX.slice(0, -1) +
          String.fromCharCode(GENERATED_PREFIX.charCodeAt(GENERATED_PREFIX.length - 1) + 1),
      },
    )
    .execute();
}

/**
 * Settings for a bulk load on SQLite: no fsync per commit (a crash mid-load means running the
 * generator again, nothing else), a larger page cache and temporary tables in memory. The
 * process that serves the file afterwards opens it with the defaults again.
 */
export async function prepareBulkLoad(dataSource: DataSource): Promise<void> {
  if (dataSource.driver.options.type !== "sqlite") return;
  await dataSource.query("PRAGMA synchronous = OFF");
  await dataSource.query("PRAGMA cache_size = -131072");
  await dataSource.query("PRAGMA temp_store = MEMORY");
}

/** After the load: fresh planner statistics, and the WAL folded back into the database file. */
export async function finishBulkLoad(dataSource: DataSource): Promise<void> {
  if (dataSource.driver.options.type === "sqlite") {
    await dataSource.query("ANALYZE");
    await dataSource.query("PRAGMA wal_checkpoint(TRUNCATE)");
  } else {
    await dataSource.query("ANALYZE");
  }
}
