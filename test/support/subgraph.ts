import type { BaseContext } from "@apollo/server";
import {
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
} from "../../subgraphs/shared/subgraph";
import { loadAuthSettings } from "../../subgraphs/shared/auth/settings";
import { signToken } from "../../subgraphs/shared/auth/tokens";

/** The credential settings tests sign and verify with (the development secret). */
export const testAuth = loadAuthSettings({});

export interface TestSubgraphOptions {
  seed?: boolean;
  /** PostgreSQL URL; in-memory SQLite when absent. */
  databaseUrl?: string;
  /** Where the organizations subgraph answers, for reference checks. */
  organizationsUrl?: string;
  /** Deadline of reference checks; the default when absent. */
  referenceTimeoutMs?: number;
  /** A SQLite database file instead of `:memory:` (ignored with `databaseUrl`). */
  sqlitePath?: string;
}

/** A subgraph on a free port with a fresh in-memory SQLite database, seeded. */
export function startTestSubgraph<T extends BaseContext>(
  definition: SubgraphDefinition<T>,
  {
    seed = true,
    databaseUrl,
    organizationsUrl = "http://127.0.0.1:9/graphql",
    referenceTimeoutMs,
    sqlitePath = ":memory:",
  }: TestSubgraphOptions = {},
): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    auth: testAuth,
    organizationsUrl,
    referenceTimeoutMs,
    name: definition.name,
    host: "127.0.0.1",
    port: 0,
    seed,
    database: { sqlitePath, url: databaseUrl, schema: definition.name, logSql: false },
  });
}

/** An `Authorization` header for a centre, or for the coordinator. */
export function bearer(
  organizationId: string,
  role: "centre" | "coordinator" = "centre",
  ttlSeconds = 3600,
) {
  return { authorization: `Bearer ${signToken(testAuth, { organizationId, role }, ttlSeconds)}` };
}
