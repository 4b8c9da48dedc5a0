import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadSubgraphAuth, type SubgraphAuth } from "./auth/subgraph-auth";
import { DEFAULT_DATABASE_POOL, type DatabaseSettings } from "./data-source";
import {
  checkListenAddress,
  checkParentFolder,
  readBoolean,
  readOptional,
  readPort,
  readPositiveInt,
  readTimeoutMs,
  readPostgresUrl,
  readUrl,
  type Env,
} from "./env";
import { loadHttpLimits, type HttpLimits } from "./http-limits";
import { readHost, readIntrospection } from "./posture";
import { loadLimitSettings, type LimitSettings } from "./limits/config";

/** How long a write waits for the organizations subgraph to answer a reference check. */
export const DEFAULT_REFERENCE_TIMEOUT_MS = 3000;

/** What every subgraph process is configured with; each reads it the same way. */
export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  database: DatabaseSettings;
  /** Load the seed data on start (idempotent). */
  seed: boolean;
  /** How credentials are verified: gateway tokens for this subgraph, with the gateway's public keys. */
  auth: SubgraphAuth;
  /** Where the organizations subgraph answers, to check organisations a write refers to. */
  organizationsUrl: string;
  /**
   * Deadline of a reference check (a call to the organizations subgraph) in milliseconds
   * (`REFERENCE_TIMEOUT_MS`); DEFAULT_REFERENCE_TIMEOUT_MS when left out.
   */
  referenceTimeoutMs?: number;
  /** Schema introspection (`INTROSPECTION`; on unless NODE_ENV=production). On when left out. */
  introspection?: boolean;
  /** Body and response sizes and the shutdown grace; the defaults when left out. */
  http?: HttpLimits;
  /** Operation limits (`LIMIT_*`, shared with the gateway); the defaults when absent. */
  limits?: LimitSettings;
}

/** The nearest folder above `from` that holds package.json: the project's root. */
export function findProjectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * The prefix of a subgraph's own variables (`<NAME>_PORT`, `<NAME>_DATABASE`): its name in
 * capitals with hyphens as underscores, as the gateway spells `<NAME>_URL` (`legal-aid` gives
 * `LEGAL_AID_PORT`).
 */
export function environmentPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, "_");
}

/**
 * Where a subgraph keeps its tables: PostgreSQL when `<NAME>_DATABASE_URL` or `DATABASE_URL`
 * is set (only `postgres://` and `postgresql://` URLs are taken), else the SQLite file
 * `<NAME>_DATABASE`, whose folder must exist, or `.data/<name>.sqlite`, whose folder is created.
 * `MIGRATE` (on unless NODE_ENV=production) runs pending migrations when the database opens;
 * `DATABASE_POOL_SIZE` and `DATABASE_CONNECT_TIMEOUT_MS` set the PostgreSQL pool (DatabasePool).
 */
export function readDatabaseSettings(name: string, env: Env): DatabaseSettings {
  const prefix = environmentPrefix(name);
  const url =
    readPostgresUrl(env, `${prefix}_DATABASE_URL`) ?? readPostgresUrl(env, "DATABASE_URL");
  const common = {
    url,
    schema: name,
    logSql: readBoolean(env, "LOG_SQL", false),
    migrate: readBoolean(env, "MIGRATE", env.NODE_ENV !== "production"),
    pool: {
      size: readPositiveInt(env, "DATABASE_POOL_SIZE", DEFAULT_DATABASE_POOL.size),
      connectTimeoutMs: readTimeoutMs(
        env,
        "DATABASE_CONNECT_TIMEOUT_MS",
        DEFAULT_DATABASE_POOL.connectTimeoutMs,
      ),
    },
  };
  const file = readOptional(env, `${prefix}_DATABASE`);
  if (file === undefined)
    return {
      ...common,
      sqlitePath: join(findProjectRoot(), ".data", `${name}.sqlite`),
      createFolder: true,
    };
  if (file !== ":memory:" && !url) checkParentFolder(`${prefix}_DATABASE`, file);
  return { ...common, sqlitePath: file };
}

/**
 * Reads a subgraph's settings: `<NAME>_PORT`, `<NAME>_DATABASE` (SQLite file),
 * `<NAME>_DATABASE_URL` or `DATABASE_URL` (PostgreSQL, schema `<name>`), `HOST`, `SEED`, `LOG_SQL`,
 * the gateway's keys and token endpoint (see loadSubgraphAuth), and `ORGANIZATIONS_URL` for checking references; `INTROSPECTION`,
 * `MAX_BODY_BYTES`, `MAX_RESPONSE_BYTES` and `SHUTDOWN_GRACE_MS` (see readHost for HOST's default).
 */
export function loadSubgraphConfig(
  name: string,
  defaultPort: number,
  env: Env = process.env,
): SubgraphConfig {
  const prefix = environmentPrefix(name);
  const auth = loadSubgraphAuth(name, env);
  return {
    name,
    host: checkListenAddress("HOST", readHost(env, auth.development)),
    port: readPort(env, `${prefix}_PORT`, defaultPort),
    database: readDatabaseSettings(name, env),
    seed: readBoolean(env, "SEED", true),
    auth,
    introspection: readIntrospection(env),
    http: loadHttpLimits(env),
    organizationsUrl: readUrl(env, "ORGANIZATIONS_URL", "http://localhost:4002/graphql"),
    referenceTimeoutMs: readTimeoutMs(env, "REFERENCE_TIMEOUT_MS", DEFAULT_REFERENCE_TIMEOUT_MS),
    limits: loadLimitSettings(env),
  };
}
