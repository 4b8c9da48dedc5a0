import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "graphql";
import type { DatabaseSettings } from "../../subgraphs/shared/data-source";
import {
  readBoolean,
  readOptional,
  readPositiveInt,
  readTimeoutMs,
  type Env,
} from "../../subgraphs/shared/env";
import { readDatabaseSettings } from "../../subgraphs/shared/subgraph-config";
import type { ShippedDocument } from "./check";
import { DEFAULT_USAGE_SETTINGS, type UsageSettings } from "./usage";

export interface RegistrySettings {
  database: DatabaseSettings;
  usage: UsageSettings;
  /** Days of recorded operations a check weighs (`CHECK_WINDOW_DAYS`, 30). */
  windowDays: number;
  /** How often a gateway looks for a newer supergraph (`REGISTRY_POLL_MS`, 1000). */
  pollMs: number;
}

/**
 * The registry's settings, or undefined when the gateway serves a supergraph file instead. It is
 * on with `REGISTRY=true` (`npm start` sets it), or when `REGISTRY_DATABASE` (a SQLite file,
 * default `.data/registry.sqlite`) or `REGISTRY_DATABASE_URL` (PostgreSQL, schema `registry`)
 * is set; `DATABASE_URL` also serves when the registry is on.
 */
export function readRegistrySettings(env: Env): RegistrySettings | undefined {
  const on =
    readBoolean(env, "REGISTRY", false) ||
    readOptional(env, "REGISTRY_DATABASE") !== undefined ||
    readOptional(env, "REGISTRY_DATABASE_URL") !== undefined;
  if (!on) return undefined;
  return {
    database: readDatabaseSettings("registry", env),
    usage: {
      ...DEFAULT_USAGE_SETTINGS,
      flushMs: readTimeoutMs(env, "USAGE_FLUSH_MS", DEFAULT_USAGE_SETTINGS.flushMs),
      maxOperations: readPositiveInt(
        env,
        "USAGE_MAX_OPERATIONS",
        DEFAULT_USAGE_SETTINGS.maxOperations,
      ),
      retentionDays: readPositiveInt(
        env,
        "USAGE_RETENTION_DAYS",
        DEFAULT_USAGE_SETTINGS.retentionDays,
      ),
    },
    windowDays: readPositiveInt(env, "CHECK_WINDOW_DAYS", 30),
    pollMs: readTimeoutMs(env, "REGISTRY_POLL_MS", 1000),
  };
}

/**
 * The documents the platform ships, whose operations a check protects like recorded ones: the
 * example operations in schema/operations/ and the dashboard's queries. Folders that are not
 * there (an image without the dashboard's sources) are skipped.
 */
export function readShippedDocuments(root: string): ShippedDocument[] {
  const folders = [join(root, "schema", "operations"), join(root, "dashboard", "src", "queries")];
  return folders.flatMap((folder) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((file) => file.endsWith(".graphql"))
          .sort()
          .map((file) => ({
            file: join(folder, file).slice(root.length + 1),
            document: parse(readFileSync(join(folder, file), "utf8")),
          }))
      : [],
  );
}
