import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SCALES, type Counts } from "../generate/plan";
import { entryArgs } from "../entry";
import type { BenchOptions } from "./options";
import { describeMachine } from "./report";
import { databaseEnv, runScaleBenchmark } from "./scale";
import { entitiesStatements } from "./scale-entities";

/** Runs `npm run generate -- --scale <scale>` on the databases `env` names, its progress shown. */
export function generate(root: string, env: Record<string, string>, scale: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...entryArgs("tools/generate/main.ts"), "--scale", scale],
      {
        cwd: root,
        env: { ...process.env, ...env },
        // Its progress and summary go to stderr: stdout is the report alone.
        stdio: ["ignore", 2, 2],
      },
    );
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run generate exited with ${code}`)),
    );
  });
}

/**
 * `npm run bench -- --scale <scale>`: the scale benchmark over a generated network. The network
 * is generated first when the databases do not hold it yet (on SQLite about five minutes at
 * national scale); a later run measures the same databases again.
 */
export async function runScaleCommand(
  root: string,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<string> {
  const scale = options.scale!;
  const dataDir = options.databaseUrl
    ? undefined
    : (options.dataDir ?? join(root, ".data", `bench-${scale}`));
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const scaleOptions = {
    root,
    dataDir,
    databaseUrl: options.databaseUrl,
    requests: options.requests,
  };
  const env = databaseEnv(scaleOptions);
  const where = options.databaseUrl ? "PostgreSQL" : dataDir;
  // Every kind is compared: a generation stopped half-way has all its organisations already.
  const have = await entitiesStatements.generatedCounts(env);
  const wanted = SCALES[scale];
  const kinds = Object.keys(wanted) as (keyof Counts)[];
  if (kinds.some((kind) => have[kind] !== wanted[kind])) {
    const held = kinds.map((kind) => `${have[kind]} ${kind}`).join(", ");
    log(`generating the ${scale} network in ${where} (it holds ${held})`);
    await generate(root, env, scale);
  } else {
    log(`measuring the ${scale} network already generated in ${where}`);
  }
  const report = await runScaleBenchmark(scaleOptions);
  // Taken after the run, so the load average covers it.
  const machine = describeMachine();
  return [
    `Command: \`npm run bench -- ${process.argv.slice(2).join(" ")}\``,
    `${options.requests} sequential requests per workload after 5 unrecorded ones; every process in production mode.`,
    "",
    machine,
    "",
    report,
  ].join("\n");
}
