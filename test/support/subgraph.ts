import type { BaseContext } from "@apollo/server";
import {
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
} from "../../subgraphs/shared/subgraph";
import { loadSubgraphAuth, type SubgraphAuth } from "../../subgraphs/shared/auth/subgraph-auth";
import type { Principal } from "../../subgraphs/shared/auth/principal";
import { loadEdgeAuth } from "../../gateway/edge-auth";
import { loadSigningKeys } from "../../gateway/signing-keys";
import { createTokenMinter } from "../../gateway/minter";
import { loadAuthSettings } from "../../gateway/service-token-settings";
import { signToken } from "../../gateway/service-tokens";

/** What test gateways accept: service tokens signed with the development secret, no sign-in. */
export const testAuth = loadEdgeAuth({});

/** A subgraph's credential settings in tests: the development gateway key, as in development. */
export function testSubgraphAuth(name: string): SubgraphAuth {
  return loadSubgraphAuth(name, {});
}

export interface TestSubgraphOptions {
  seed?: boolean;
  /** PostgreSQL URL; in-memory SQLite when absent. */
  databaseUrl?: string;
  /** Where the organizations subgraph answers, for reference checks. */
  organizationsUrl?: string;
  /** Deadline of reference checks; the default when absent. */
  referenceTimeoutMs?: number;
  /** Its credential settings; testSubgraphAuth(name) when absent. */
  auth?: SubgraphAuth;
  /** A SQLite database file instead of `:memory:` (ignored with `databaseUrl`). */
  sqlitePath?: string;
  /** How long a request waits for a PostgreSQL connection; the default when absent. */
  poolTimeoutMs?: number;
}

/** A subgraph on a free port with a fresh in-memory SQLite database, seeded. */
export function startTestSubgraph<T extends BaseContext>(
  definition: SubgraphDefinition<T>,
  {
    seed = true,
    databaseUrl,
    organizationsUrl = "http://127.0.0.1:9/graphql",
    referenceTimeoutMs,
    auth = testSubgraphAuth(definition.name),
    sqlitePath = ":memory:",
    poolTimeoutMs,
  }: TestSubgraphOptions = {},
): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    auth,
    organizationsUrl,
    referenceTimeoutMs,
    name: definition.name,
    host: "127.0.0.1",
    port: 0,
    seed,
    database: {
      sqlitePath,
      url: databaseUrl,
      schema: definition.name,
      logSql: false,
      ...(poolTimeoutMs && { pool: { connectTimeoutMs: poolTimeoutMs } }),
    },
  });
}

/**
 * An `Authorization` header for a centre, or for the coordinator, as a caller presents it to the
 * gateway: a service token signed with the development secret.
 */
export function bearer(
  organizationId: string,
  role: "centre" | "coordinator" = "centre",
  ttlSeconds = 3600,
) {
  const service = loadAuthSettings({});
  return { authorization: `Bearer ${signToken(service, { organizationId, role }, ttlSeconds)}` };
}

const minter = loadSigningKeys({}).then((keys) => createTokenMinter(keys));

/**
 * An `Authorization` header for a call straight to one subgraph: a token the gateway would mint
 * for it (the development key), since a subgraph accepts nothing else.
 */
export async function subgraphBearer(
  subgraph: string,
  organizationId: string,
  role: Principal["role"] = "centre",
) {
  const token = await (await minter).tokenFor({ organizationId, role }, subgraph);
  return { authorization: `Bearer ${token}` };
}
