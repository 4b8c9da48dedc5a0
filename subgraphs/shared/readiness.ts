import type { DataSource } from "typeorm";

/** What `GET /ready` answers: ready or not, and the details that say why (sent as JSON). */
export interface ReadinessReport {
  ready: boolean;
  details: Record<string, unknown>;
}

/** Asked on every `GET /ready`; must answer quickly, so each check has its own short deadline. */
export type ReadinessCheck = () => Promise<ReadinessReport>;

/** How long `GET /ready` waits for the database to answer, in milliseconds. */
export const DATABASE_READY_TIMEOUT_MS = 1000;

/** Resolves to what `work` resolves to, or rejects once `ms` have passed. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * A subgraph is ready while its database answers `SELECT 1` within `timeoutMs`: a process whose
 * database is gone stays alive (`/health`) but is taken out of rotation (`/ready`).
 */
export function databaseReadiness(
  dataSource: DataSource,
  timeoutMs = DATABASE_READY_TIMEOUT_MS,
): ReadinessCheck {
  return async () => {
    try {
      await withTimeout(dataSource.query("SELECT 1"), timeoutMs, "the database");
      return { ready: true, details: { database: "ok" } };
    } catch (error) {
      return { ready: false, details: { database: (error as Error).message } };
    }
  };
}
