import "reflect-metadata";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BaseContext } from "@apollo/server";
import { subgraphCatalog } from "./catalog";
import type { MigrationTarget } from "./migrations/schema-diff";
import { migrationDiffs, migrationServerUrl, writeMigrations } from "./migrations/write";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import type { SubgraphDefinition } from "../subgraphs/shared/subgraph";

const USAGE = `usage: npm run migration:generate -- <Name> [subgraph ...]   write a migration for entity changes
       npm run migration:generate -- --check [subgraph ...]     exit 1 when entities and migrations differ
SQLite is compared in memory. PostgreSQL is compared on the server MIGRATION_DATABASE_URL or
TEST_DATABASE_URL names (a scratch database is created there and dropped); without one, a
subgraph's first migration is read from an in-memory PostgreSQL (pg-mem), and a subgraph that
already has PostgreSQL migrations is checked on SQLite only (a change there is refused).`;

interface Options {
  name?: string;
  check: boolean;
  subgraphs: string[];
  /** A checkout of an earlier release: its entities give the first migration (see capture.ts). */
  baselineFrom?: string;
  baselineRelease?: string;
  timestamp: number;
}

function readOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      check: { type: "boolean" },
      "baseline-from": { type: "string" },
      "baseline-release": { type: "string" },
      timestamp: { type: "string" },
    },
  });
  const name = values.check ? undefined : positionals[0];
  const subgraphs = values.check ? positionals : positionals.slice(1);
  if (!values.check && !/^[A-Z][A-Za-z0-9]*$/.test(name ?? ""))
    throw new Error(`the migration's name must be in PascalCase, got "${name ?? ""}"\n${USAGE}`);
  for (const subgraph of subgraphs)
    if (!subgraphCatalog[subgraph]) throw new Error(`no subgraph "${subgraph}" is built here`);
  return {
    name,
    check: values.check ?? false,
    subgraphs: subgraphs.length ? subgraphs : Object.keys(subgraphCatalog),
    baselineFrom: values["baseline-from"],
    baselineRelease: values["baseline-release"],
    timestamp: values.timestamp ? Number(values.timestamp) : Date.now(),
  };
}

/** The entities to generate from: this checkout's, or an earlier release's for the first one. */
function targetOf(name: string, options: Options): MigrationTarget {
  const definition = subgraphCatalog[name];
  if (!options.baselineFrom) return definition;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const release = require(join(resolve(options.baselineFrom), "subgraphs", "catalog.ts")) as {
    subgraphCatalog: Record<string, SubgraphDefinition<BaseContext>>;
  };
  return {
    name,
    entities: release.subgraphCatalog[name].entities,
    migrations: { sqlite: [], postgres: [] },
  };
}

/** Subgraphs whose PostgreSQL migrations `--check` could not compare (no server given). */
const postgresSkipped: string[] = [];

async function generate(
  name: string,
  options: Options,
  serverUrl: string | undefined,
): Promise<string[]> {
  const target = targetOf(name, options);
  const compared = await migrationDiffs(target, serverUrl);
  if (options.check) {
    if (compared.postgresSkipped) postgresSkipped.push(name);
    return Object.entries(compared.diffs)
      .filter(([, diff]) => diff.up.length > 0)
      .map(
        ([dialect, diff]) =>
          `${name} (${dialect}): ${diff.up.length} statement(s) not in any migration`,
      );
  }
  const folder = join(findProjectRoot(), "subgraphs", name, "migrations");
  const written = await writeMigrations(target, folder, compared, {
    name: options.name!,
    timestamp: options.timestamp,
    command: `npm run migration:generate -- ${options.name}`,
    adoptsRelease: options.baselineFrom ? (options.baselineRelease ?? "earlier") : undefined,
  });
  return written.map((file) => relative(process.cwd(), file));
}

/**
 * `npm run migration:generate -- <Name>`: for every subgraph (or those named) and both kinds of
 * database, compares the schema the committed migrations build with the entities and writes a
 * migration holding the difference, then lists it in migrations/index.ts. `--check` writes
 * nothing and exits 1 when an entity change has no migration yet.
 */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const serverUrl = migrationServerUrl();
  const results: string[] = [];
  for (const name of options.subgraphs) results.push(...(await generate(name, options, serverUrl)));
  if (options.check) {
    for (const line of results)
      console.error(`missing migration: ${line} (run npm run migration:generate -- <Name>)`);
    if (postgresSkipped.length)
      console.log(
        `PostgreSQL not compared for ${postgresSkipped.join(", ")}: no server (set MIGRATION_DATABASE_URL or TEST_DATABASE_URL); SQLite sees every entity change`,
      );
    if (!results.length) console.log("migrations match the entities");
    return results.length ? 1 : 0;
  }
  console.log(
    results.length ? `wrote ${results.join(", ")}` : "no entity changes: nothing written",
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
