import type { DataSource } from "typeorm";
import { writeScope } from "./read-isolation";

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` after every earlier call for the same data source has settled. TypeORM gives
 * every SQLite transaction the same single connection, so two concurrent transactions would
 * nest as savepoints and commit or roll back each other's work; on SQLite transactions
 * therefore take turns. Each runs in its write scope (read-isolation.ts), which keeps reads made
 * outside it from seeing its uncommitted rows. PostgreSQL gives each transaction its own pooled
 * connection.
 */
export function serialized<R>(dataSource: DataSource, work: () => Promise<R>): Promise<R> {
  if (dataSource.options.type !== "sqlite") return work();
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const scoped = () => writeScope(dataSource, work);
  const result = previous.then(scoped, scoped);
  queues.set(
    dataSource,
    result.catch(() => undefined),
  );
  return result;
}
