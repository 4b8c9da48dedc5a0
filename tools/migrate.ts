import "reflect-metadata";
import { parseArgs } from "node:util";
import { subgraphCatalog } from "./catalog";
import { readSubgraphList } from "../gateway/subgraph-list";
import { createDatabase } from "../subgraphs/shared/data-source";
import { ConfigError, redactUrl } from "../subgraphs/shared/env";
import { pendingMigrations, runMigrationsOnce } from "../subgraphs/shared/migrations";
import { readDatabaseSettings } from "../subgraphs/shared/subgraph-config";
import { registryEntities } from "../gateway/registry/entities";
import { readRegistrySettings } from "../gateway/registry/settings";
import { registryMigrations } from "../gateway/registry/store";

/** The network's registry is migrated like a subgraph: `npm run migrate -- registry`. */
const REGISTRY = { migrations: registryMigrations, entities: registryEntities };

const USAGE = `usage: npm run migrate [-- subgraph|registry ...] run every pending migration
       npm run migrate -- --check [subgraph ...]  list pending migrations, exit 1 if any`;

/**
 * The databases to migrate: those named, else every subgraph supergraph.yaml lists and this
 * repository builds, and the registry when it is configured (`REGISTRY*`).
 */
function subgraphsOf(named: string[]): string[] {
  const registry = readRegistrySettings(process.env) ? ["registry"] : [];
  const names = named.length ? named : [...readSubgraphList().map(({ name }) => name), ...registry];
  for (const name of names)
    if (!subgraphCatalog[name] && name !== "registry")
      throw new ConfigError(`no subgraph "${name}" is built here\n${USAGE}`);
  return names.filter((name) => subgraphCatalog[name] || name === "registry");
}

/**
 * Opens one subgraph's database where the subgraph itself would (`<NAME>_DATABASE`,
 * `<NAME>_DATABASE_URL`, `DATABASE_URL`) and runs its pending migrations, or with `check` only
 * lists them. Returns a line saying what was done, and whether anything is pending.
 */
async function migrateOne(
  name: string,
  check: boolean,
): Promise<{ line: string; pending: boolean }> {
  const definition = name === "registry" ? REGISTRY : subgraphCatalog[name];
  const settings = {
    ...readDatabaseSettings(name, process.env),
    migrations: definition.migrations,
  };
  const where = settings.url ? redactUrl(settings.url) : settings.sqlitePath;
  const { dataSource } = createDatabase(settings, definition.entities);
  await dataSource.initialize();
  try {
    if (settings.url) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${name}"`);
    if (check) {
      const pending = await pendingMigrations(dataSource);
      const state = pending.length ? `pending: ${pending.join(", ")}` : "up to date";
      return { line: `${name} (${where}): ${state}`, pending: pending.length > 0 };
    }
    const ran = await runMigrationsOnce(dataSource, name);
    const state = ran.length ? `ran ${ran.join(", ")}` : "up to date";
    return { line: `${name} (${where}): ${state}`, pending: false };
  } finally {
    await dataSource.destroy();
  }
}

/**
 * `npm run migrate`: brings each subgraph's database to the current schema with its committed
 * migrations (each in its own transaction), the way a subgraph does on start with MIGRATE=true.
 * A database created by the release before migrations (by `synchronize`) is adopted, then
 * upgraded. `--check` changes nothing and exits 1 while a migration is pending.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { check: { type: "boolean" } },
    allowPositionals: true,
    strict: true,
  });
  let pending = false;
  for (const name of subgraphsOf(positionals)) {
    const result = await migrateOne(name, values.check ?? false);
    console.log(result.line);
    pending ||= result.pending;
  }
  return pending ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`migrate failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
