import {
  readBoolean,
  readPositiveInt,
  readPostgresUrl,
  readOptional,
} from "../../subgraphs/shared/env";
import { ConfigError } from "../../subgraphs/shared/env";
import { readFlags } from "../../subgraphs/shared/flags";
import { SCALES } from "../generate/plan";
import { DEFAULT_TARGETS, TARGET_NAMES, type TargetName } from "./targets";

/** How one benchmark run is made; every field has a flag of the same name. */
export interface BenchOptions {
  /** Alternating rounds; each target runs each workload once per round. */
  rounds: number;
  /** Seconds of one measured run. */
  duration: number;
  /** Concurrent keep-alive connections of the load generator. */
  connections: number;
  /** Seconds of one unrecorded run per target and workload before the first round. */
  warmup: number;
  /** Workload ids or prefixes (`dashboard`, `region-varied`); all when empty. */
  only: string[];
  targets: TargetName[];
  /** A folder for the SQLite files, kept after the run; a temporary one by default. */
  dataDir?: string;
  /** Seed the subgraphs on start (false for a folder `npm run generate` has filled). */
  seed: boolean;
  /** PostgreSQL instead of SQLite (`--database-url`, else `DATABASE_URL`). */
  databaseUrl?: string;
  /**
   * A generated network added to the data before the subgraphs start (`npm run generate --
   * --scale NAME` on the run's databases), so the heavy workloads have pages to read; `none`
   * keeps the data as it is.
   */
  generate: string;
  /** Also write the figures as JSON to this file. */
  json?: string;
  /**
   * A generated network (`national`, …) to measure instead of the seed data: the scale
   * benchmark of scale.ts over `--data-dir` (default .data/bench-<scale>) or `--database-url`,
   * generating the network there first when it is not there yet.
   */
  scale?: string;
  /** Sequential requests per workload of the scale benchmark. */
  requests: number;
}

const FLAGS = [
  "rounds",
  "duration",
  "connections",
  "warmup",
  "only",
  "targets",
  "data-dir",
  "seed",
  "database-url",
  "json",
  "generate",
  "scale",
  "requests",
] as const;

export const USAGE = `usage: npm run bench -- [--rounds 3] [--duration 8] [--connections 20] [--warmup 2]
  [--only dashboard,region-varied] [--targets direct,project,recording,stock,hive,hive-rust,cached,hive-cached,workers]
  [--data-dir DIR] [--seed true|false] [--database-url postgres://…] [--json FILE]
  [--generate bench|small|none]
  npm run bench -- --scale national [--data-dir DIR | --database-url postgres://…] [--requests 40]`;

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reads the flags (strictly: an unknown flag or a bad value is a ConfigError naming it). */
export function readBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = readFlags(argv, FLAGS, USAGE);
  const named = Object.fromEntries(
    Object.entries(flags).map(([key, value]) => [`--${key}`, value]),
  );
  const targets = list(flags.targets);
  const unknown = targets.find((name) => !TARGET_NAMES.includes(name as TargetName));
  if (unknown)
    throw new ConfigError(
      `--targets names an unknown target "${unknown}" (${TARGET_NAMES.join(", ")})`,
    );
  const generate = readOptional(named, "--generate") ?? "bench";
  if (generate !== "none" && !SCALES[generate])
    throw new ConfigError(
      `--generate must be none or one of ${Object.keys(SCALES).join(", ")}, got "${generate}"`,
    );
  const scale = readOptional(named, "--scale");
  if (scale !== undefined && !SCALES[scale])
    throw new ConfigError(
      `--scale must be one of ${Object.keys(SCALES).join(", ")}, got "${scale}"`,
    );
  return {
    scale,
    requests: readPositiveInt(named, "--requests", 40),
    rounds: readPositiveInt(named, "--rounds", 3),
    duration: readPositiveInt(named, "--duration", 8),
    connections: readPositiveInt(named, "--connections", 20),
    warmup: flags.warmup === "0" ? 0 : readPositiveInt(named, "--warmup", 2),
    only: list(flags.only),
    targets: targets.length > 0 ? (targets as TargetName[]) : [...DEFAULT_TARGETS],
    dataDir: readOptional(named, "--data-dir"),
    seed: readBoolean(named, "--seed", true),
    databaseUrl: readPostgresUrl(named, "--database-url") ?? readPostgresUrl(env, "DATABASE_URL"),
    json: readOptional(named, "--json"),
    generate,
  };
}
