import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { Database } from "sqlite3";

/** The subgraphs whose release-f1cbc0d databases test/fixtures/release-f1cbc0d holds. */
export const RELEASE_SUBGRAPHS = ["regions", "organizations", "events", "programmes", "volunteers"];

function fixture(kind: "sqlite" | "postgres", subgraph: string): string {
  return readFileSync(
    join(__dirname, "..", "fixtures", "release-f1cbc0d", kind, `${subgraph}.sql`),
    "utf8",
  );
}

function sqlite<T>(
  file: string,
  run: (db: Database, done: (error: Error | null, value?: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const db = new Database(file);
    run(db, (error, value) => db.close(() => (error ? reject(error) : resolve(value as T))));
  });
}

/** Creates, in a SQLite file, the database release f1cbc0d's `synchronize` and seed made. */
export function loadSqliteRelease(file: string, subgraph: string): Promise<void> {
  return sqlite(file, (db, done) => db.exec(fixture("sqlite", subgraph), (error) => done(error)));
}

/** The number of rows of each table of a SQLite file (TypeORM's own bookkeeping left out). */
export async function sqliteRowCounts(file: string): Promise<Record<string, number>> {
  const tables = await sqlite<{ name: string }[]>(file, (db, done) =>
    db.all(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'typeorm_metadata') AND name NOT LIKE 'sqlite_%'",
      done,
    ),
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await sqlite<{ count: number }[]>(file, (db, done) =>
      db.all(`SELECT COUNT(*) AS count FROM "${name}"`, done),
    );
    counts[name] = row.count;
  }
  return counts;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates, in a PostgreSQL database, the schema `<subgraph>` as release f1cbc0d made it. */
export function loadPostgresRelease(url: string, subgraph: string): Promise<void> {
  return withClient(url, async (client) => {
    await client.query(fixture("postgres", subgraph));
  });
}

/** The number of rows of each table in the schema `<subgraph>` (the migrations table left out). */
export function postgresRowCounts(url: string, subgraph: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'typeorm_metadata')",
      [subgraph],
    );
    const counts: Record<string, number> = {};
    for (const { table_name: name } of tables.rows) {
      const result = await client.query<{ count: string }>(
        `SELECT COUNT(*) AS count FROM "${subgraph}"."${name}"`,
      );
      counts[name] = Number(result.rows[0].count);
    }
    return counts;
  });
}
