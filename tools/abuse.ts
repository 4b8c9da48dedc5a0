import { join } from "node:path";
import { ConfigError, readPositiveInt } from "../subgraphs/shared/env";
import { readFlags } from "../subgraphs/shared/flags";
import type { Result } from "./abuse/attack";
import { allAttacks } from "./abuse/attacks";
import { healthStates, startSupervisedStack, SUBGRAPHS } from "./abuse/stack";

/**
 * `npm run abuse`: starts the platform as `npm start` runs it (supervised processes, SQLite
 * files, production mode), sends each attack that once took it down, and prints for each the
 * HTTP status, error codes, time to answer and whether the platform held; then the peak memory
 * of every process and whether each is still healthy. Exits 1 when any attack was not held,
 * any process passed `--max-mib` (500 by default) or any process is unhealthy at the end.
 */
async function main(argv: string[]): Promise<number> {
  const flags = readFlags(argv, ["max-mib"], "usage: npm run abuse -- [--max-mib 500]");
  const maxMiB = readPositiveInt({ "--max-mib": flags["max-mib"] }, "--max-mib", 500);
  const root = join(__dirname, "..");
  const stack = await startSupervisedStack();
  const rows: (Result & { attack: string })[] = [];
  for (const attack of allAttacks) {
    let outcome: Result;
    try {
      outcome = await attack.run(stack, root);
    } catch (error) {
      const note = (error as Error).message;
      outcome = { status: "script error", codes: "", ms: 0, held: false, note };
    }
    rows.push({ attack: attack.name, ...outcome });
    process.stderr.write(`${outcome.held ? "held  " : "FAILED"} ${attack.name}\n`);
  }
  const names = [...SUBGRAPHS, "gateway" as const];
  const health = await healthStates(names.map((name) => stack.urls[name]));
  const peaks = stack.peakMiB();
  const exit = await stack.stop();
  printReport(rows, names, health, peaks, exit, maxMiB);
  const memoryOk = names.every((name) => (peaks[name] ?? 0) < maxMiB);
  return rows.every((row) => row.held) && health.every(Boolean) && memoryOk ? 0 : 1;
}

function printReport(
  rows: (Result & { attack: string })[],
  names: string[],
  health: boolean[],
  peaks: Record<string, number>,
  exit: number | null,
  maxMiB: number,
): void {
  console.log("| attack | status | codes | time (ms) | held | note |");
  console.log("|---|---|---|---|---|---|");
  for (const row of rows)
    console.log(
      `| ${row.attack} | ${row.status} | ${row.codes || "–"} | ${row.ms} | ${row.held ? "yes" : "**no**"} | ${row.note} |`,
    );
  console.log("");
  console.log(`| process | peak memory (MiB, limit ${maxMiB}) | healthy at the end |`);
  console.log("|---|---|---|");
  names.forEach((name, index) =>
    console.log(
      `| ${name} | ${(peaks[name] ?? 0).toFixed(0)} | ${health[index] ? "yes" : "**no**"} |`,
    ),
  );
  console.log("");
  console.log(`start-all exited with ${exit} after SIGTERM`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error)),
    );
    process.exit(1);
  },
);
