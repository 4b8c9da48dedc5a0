import "reflect-metadata";
import { findProjectRoot } from "../../subgraphs/shared/subgraph-config";
import { ConfigError } from "../../subgraphs/shared/env";
import { readFlags } from "../../subgraphs/shared/flags";
import { runScaleBenchmark } from "./scale";

const USAGE =
  "usage: node -r @swc-node/register tools/bench/scale-main.ts [--data DIR | --database-url URL] [--requests 100]";

/**
 * The scale benchmark on its own: over the SQLite files in `--data` (default .data/, where
 * `npm run generate` writes by default) or the PostgreSQL database `--database-url`.
 */
async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2), ["data", "database-url", "requests"], USAGE);
  const root = findProjectRoot();
  const requests = Number(flags.requests ?? "100");
  if (!Number.isInteger(requests) || requests < 1)
    throw new ConfigError(
      `--requests must be a whole number of at least 1, got "${flags.requests}"`,
    );
  const report = await runScaleBenchmark({
    root,
    dataDir: flags["database-url"] ? undefined : (flags.data ?? `${root}/.data`),
    databaseUrl: flags["database-url"],
    requests,
  });
  console.log(report);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
