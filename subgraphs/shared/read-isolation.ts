import { AsyncLocalStorage } from "node:async_hooks";
import sqlite3 from "sqlite3";
import type { DataSource } from "typeorm";
import { ReadersWriterGate } from "./readers-writer-gate";

/**
 * Isolation of reads on SQLite: no statement outside a write transaction ever sees that
 * transaction's uncommitted rows.
 *
 * TypeORM's SQLite driver runs everything on one connection (one query runner, one
 * `sqlite3.Database`), so a read made while a write transaction is open (an import dry run that
 * will roll back) runs inside that transaction and sees its rows: a dirty read, which a search,
 * a count cache or a reference check then passes on. Here the driver's connection is replaced by
 * a router: statements of a write transaction (made inside `writeScope`, which `serialized` in
 * serial.ts opens around every SQLite transaction) go to the writing connection; every other
 * SELECT goes to
 * - a read-only connection of its own, for a database file (WAL mode: a reader sees the last
 *   committed state and is never blocked by the writer), or
 * - the writing connection through a readers-writer gate, for `:memory:`, whose database no other
 *   connection can open (a shared-cache memory database would answer SQLITE_LOCKED instead of
 *   waiting): reads wait while a write transaction is open, and a transaction waits for the reads
 *   in flight. Serialised reads, correct but slower under writes.
 *
 * Chosen by `npm run bench:isolation` (tools/bench/isolation.ts; BENCHMARKS.md, "Read isolation
 * on SQLite"): with a 500-row import dry run in a loop and 8 searches at once on a seeded database
 * file, WAL readers answered 515-636 searches/s (p99 45-55 ms), serialised reads 32-35/s (p99
 * 347-466 ms: every search waits out a whole dry run), and the unisolated shared connection
 * 177-327/s with 630-1168 dirty answers, on 2 shared cores (load average 6). The dry runs
 * themselves went at 32-39 per 5 s with WAL readers and 39-43 serialised.
 *
 * PostgreSQL needs none of this: every transaction has its own pooled connection and reads are
 * READ COMMITTED.
 */

/**
 * The write transaction the current async call chain is inside, while it is open. Work a
 * transaction starts and leaves running (a DataLoader batch scheduled inside it) keeps the scope
 * but not `open`, so it cannot reach the writing connection after the transaction has ended.
 */
const writing = new AsyncLocalStorage<{ dataSource: DataSource; open: boolean }>();

/** How reads outside write transactions are isolated on one SQLite data source. */
export type ReadIsolation = "wal-readers" | "serialised" | "none";

/** The SQLite connection calls TypeORM's driver makes (SqliteQueryRunner, SqliteDriver). */
type Callback = (this: unknown, error: Error | null, rows?: unknown) => void;
interface Connection {
  run(sql: string, parameters: unknown[], callback: Callback): unknown;
  all(sql: string, parameters: unknown[], callback: Callback): unknown;
  close(callback: (error: Error | null) => void): void;
}

/**
 * Read-only connections on a WAL database file. One connection runs one statement at a time, so
 * two keep a slow statement (a national-scale search) from holding back every other read; 1, 2
 * and 4 measured alike here (334, 329 and 421 searches/s in one `npm run bench:isolation` round
 * at load average 16, within its noise).
 */
const READERS = 2;

const gates = new WeakMap<DataSource, ReadersWriterGate>();

/** Whether a statement only reads (TypeORM writes every read as a SELECT). */
function isRead(sql: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(sql);
}

function openReader(path: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const reader = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (error) =>
      error ? reject(error) : resolve(reader),
    );
  }).then(async (reader) => {
    const db = reader as sqlite3.Database;
    // A checkpoint or WAL recovery can hold a reader back briefly; wait rather than fail.
    await new Promise<void>((resolve, reject) =>
      db.run("PRAGMA busy_timeout = 5000", (error) => (error ? reject(error) : resolve())),
    );
    return db as unknown as Connection;
  });
}

/** A statement, as a promise that settles when its callback has run. */
function settled(
  connection: Connection,
  method: "run" | "all",
  sql: string,
  parameters: unknown[],
  callback: Callback,
): Promise<void> {
  return new Promise((resolve) => {
    connection[method](sql, parameters, function (this: unknown, error, rows) {
      try {
        callback.call(this, error, rows);
      } finally {
        resolve();
      }
    });
  });
}

/** Picks the reader with the fewest statements in flight. */
function readerPool(readers: Connection[]) {
  const busy = readers.map(() => 0);
  return (method: "run" | "all", sql: string, parameters: unknown[], callback: Callback) => {
    const index = busy.indexOf(Math.min(...busy));
    busy[index] += 1;
    void settled(readers[index], method, sql, parameters, callback).then(() => {
      busy[index] -= 1;
    });
  };
}

/**
 * Makes the open SQLite data source route its statements as described above; a no-op for
 * PostgreSQL. Called once, after migrations (which run their own transactions and must see
 * their own schema changes). `mode` is `wal-readers` for a file and `serialised` for
 * `:memory:` unless given; `none` leaves the single shared connection (the benchmark's baseline).
 */
export async function isolateReads(dataSource: DataSource, mode?: ReadIsolation): Promise<void> {
  if (dataSource.options.type !== "sqlite") return;
  const path = dataSource.options.database;
  const chosen = mode ?? (path === ":memory:" ? "serialised" : "wal-readers");
  if (chosen === "none") return;
  const driver = dataSource.driver as unknown as { databaseConnection: Connection };
  const writer = driver.databaseConnection;
  const inWrite = () => {
    const scope = writing.getStore();
    return scope?.dataSource === dataSource && scope.open;
  };
  let readOutside: (method: "run" | "all", sql: string, p: unknown[], cb: Callback) => void;
  let readers: Connection[] = [];
  if (chosen === "wal-readers") {
    readers = await Promise.all(Array.from({ length: READERS }, () => openReader(path)));
    readOutside = readerPool(readers);
  } else {
    const gate = new ReadersWriterGate();
    gates.set(dataSource, gate);
    readOutside = (method, sql, parameters, callback) =>
      void gate.read(() => settled(writer, method, sql, parameters, callback));
  }
  const route =
    (method: "run" | "all") => (sql: string, parameters: unknown[], callback: Callback) => {
      if (!inWrite() && isRead(sql)) readOutside(method, sql, parameters, callback);
      else writer[method](sql, parameters, callback);
    };
  const router: Connection = {
    run: route("run"),
    all: route("all"),
    close: (callback) => {
      const closing = [...readers, writer].map(
        (connection) =>
          new Promise<void>((resolve, reject) =>
            connection.close((error) => (error ? reject(error) : resolve())),
          ),
      );
      Promise.all(closing).then(() => callback(null), callback);
    },
  };
  driver.databaseConnection = router;
}

/**
 * Runs `work` as the data source's write transaction: its statements go to the writing
 * connection, and on a serialised `:memory:` database it waits for the reads in flight and holds
 * new ones back until it is done. The caller (serial.ts) has already made transactions take turns.
 */
export function writeScope<R>(dataSource: DataSource, work: () => Promise<R>): Promise<R> {
  const gate = gates.get(dataSource);
  const scoped = () => {
    const scope = { dataSource, open: true };
    return writing.run(scope, work).finally(() => {
      scope.open = false;
    });
  };
  return gate ? gate.write(scoped) : scoped();
}
