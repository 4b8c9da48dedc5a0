import { ConfigError } from "../../subgraphs/shared/env";
import { readFlags } from "../../subgraphs/shared/flags";
import { SCALES, type Counts } from "./plan";

export const USAGE =
  "usage: npm run generate -- [--scale tiny|small|medium|national|bench] [--organizations N] " +
  "[--events N] [--programmes N] [--awards N] [--seed N]";

/** What a run generates. */
export interface GenerateOptions {
  seed: number;
  counts: Counts;
}

function wholeNumber(flag: string, raw: string, minimum: number): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < minimum)
    throw new ConfigError(
      `--${flag} must be a whole number of at least ${minimum}, got "${raw}"\n${USAGE}`,
    );
  return value;
}

/**
 * Reads the command line: a named scale (national by default) whose counts explicit flags
 * override, and the seed (2024 by default). Bad values stop the run with the flag named.
 */
export function readGenerateOptions(argv: string[]): GenerateOptions {
  const flags = readFlags(
    argv,
    ["scale", "organizations", "events", "programmes", "awards", "seed"],
    USAGE,
  );
  const scaleName = flags.scale ?? "national";
  const scale = SCALES[scaleName];
  if (!scale)
    throw new ConfigError(
      `--scale must be one of ${Object.keys(SCALES).join(", ")}, got "${scaleName}"\n${USAGE}`,
    );
  const counts = { ...scale };
  for (const key of Object.keys(counts) as (keyof Counts)[]) {
    const raw = flags[key];
    if (raw !== undefined) counts[key] = wholeNumber(key, raw, key === "organizations" ? 83 : 0);
  }
  if (counts.programmes === 0 && counts.awards > 0)
    throw new ConfigError(`--awards needs at least one programme\n${USAGE}`);
  return { seed: flags.seed === undefined ? 2024 : wholeNumber("seed", flags.seed, 0), counts };
}
