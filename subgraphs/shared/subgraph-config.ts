import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadAuthSettings, type AuthSettings } from "./auth/settings";
import type { DatabaseSettings } from "./data-source";
import { readBoolean, readOptional, readPort, readString, readUrl, type Env } from "./env";

/** What every subgraph process is configured with; each reads it the same way. */
export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  database: DatabaseSettings;
  /** Load the seed data on start (idempotent). */
  seed: boolean;
  /** How credentials are verified. */
  auth: AuthSettings;
  /** Where the organizations subgraph answers, to check organisations a write refers to. */
  organizationsUrl: string;
}

/** The nearest folder above `from` that holds package.json: the project's root. */
export function findProjectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Reads a subgraph's settings: `<NAME>_PORT`, `<NAME>_DATABASE` (SQLite file),
 * `<NAME>_DATABASE_URL` or `DATABASE_URL` (PostgreSQL, schema `<name>`), `HOST`, `SEED`, `LOG_SQL`,
 * the `AUTH_*` credential settings, and `ORGANIZATIONS_URL` for checking references.
 */
export function loadSubgraphConfig(
  name: string,
  defaultPort: number,
  env: Env = process.env,
): SubgraphConfig {
  const prefix = name.toUpperCase();
  return {
    name,
    host: readString(env, "HOST", "0.0.0.0"),
    port: readPort(env, `${prefix}_PORT`, defaultPort),
    database: {
      sqlitePath: readString(
        env,
        `${prefix}_DATABASE`,
        join(findProjectRoot(), ".data", `${name}.sqlite`),
      ),
      url: readOptional(env, `${prefix}_DATABASE_URL`) ?? readOptional(env, "DATABASE_URL"),
      schema: name,
      logSql: readBoolean(env, "LOG_SQL", false),
    },
    seed: readBoolean(env, "SEED", true),
    auth: loadAuthSettings(env),
    organizationsUrl: readUrl(env, "ORGANIZATIONS_URL", "http://localhost:4002/graphql"),
  };
}
