import { createHash, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { developmentClientSecret } from "../subgraphs/shared/auth/subgraph-auth";
import { ConfigError, readOptional, type Env } from "../subgraphs/shared/env";

/**
 * The subgraphs that may exchange a token they received for one to call another subgraph with,
 * each with its client secret and the subgraphs it may call. The organizations subgraph is the
 * one others call today: the register import writes organisations on its caller's behalf.
 */
export interface SubgraphClients {
  /** The subgraphs `clientId` may call, when `secret` is its secret; undefined otherwise. */
  authenticate(clientId: string, secret: string): string[] | undefined;
  readonly development: boolean;
}

interface ClientEntry {
  secret: string;
  audiences: string[];
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compares secrets in constant time (their digests, so lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function readClientsFile(path: string): Map<string, ClientEntry> {
  let parsed: Record<string, Partial<ClientEntry>>;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8")) as Record<string, Partial<ClientEntry>>;
  } catch (error) {
    throw new ConfigError(
      `SUBGRAPH_CLIENTS_FILE "${path}" cannot be read as JSON: ${(error as Error).message}`,
    );
  }
  const clients = new Map<string, ClientEntry>();
  for (const [name, entry] of Object.entries(parsed)) {
    if (typeof entry.secret !== "string" || entry.secret.length < 32)
      throw new ConfigError(`SUBGRAPH_CLIENTS_FILE: "${name}" needs a "secret" of 32+ characters`);
    const audiences = entry.audiences ?? ["organizations"];
    if (!Array.isArray(audiences) || audiences.some((audience) => typeof audience !== "string"))
      throw new ConfigError(`SUBGRAPH_CLIENTS_FILE: "${name}" has "audiences" that are not names`);
    clients.set(name, { secret: entry.secret, audiences });
  }
  return clients;
}

/** `PROGRAMMES_CLIENT_SECRET=…` -> the client `programmes`, which may call organizations. */
function readClientVariables(env: Env): Map<string, ClientEntry> {
  const clients = new Map<string, ClientEntry>();
  for (const [variable, value] of Object.entries(env)) {
    const match = /^([A-Z0-9_]+)_CLIENT_SECRET$/.exec(variable);
    if (!match || match[1] === "SUBGRAPH" || !value) continue;
    if (value.length < 32)
      throw new ConfigError(`${variable} must be at least 32 characters, got ${value.length}`);
    clients.set(match[1].toLowerCase().replace(/_/g, "-"), {
      secret: value,
      audiences: ["organizations"],
    });
  }
  return clients;
}

/**
 * The subgraphs' client secrets: `SUBGRAPH_CLIENTS_FILE` (`{ "programmes": { "secret": "…",
 * "audiences": ["organizations"] } }`) and `<NAME>_CLIENT_SECRET` variables (audience
 * organizations). With neither, development accepts each subgraph's development secret (and it
 * may call the organizations subgraph), and production accepts no exchange at all.
 */
export function loadSubgraphClients(env: Env): SubgraphClients {
  const path = readOptional(env, "SUBGRAPH_CLIENTS_FILE");
  const variables = readClientVariables(env);
  if (path !== undefined || variables.size > 0) {
    const clients = new Map([...(path === undefined ? [] : readClientsFile(path)), ...variables]);
    return {
      development: false,
      authenticate: (clientId, secret) => {
        const entry = clients.get(clientId);
        return entry && sameSecret(secret, entry.secret) ? entry.audiences : undefined;
      },
    };
  }
  const production = env.NODE_ENV === "production";
  return {
    development: !production,
    authenticate: (clientId, secret) =>
      !production && sameSecret(secret, developmentClientSecret(clientId))
        ? ["organizations"]
        : undefined,
  };
}
