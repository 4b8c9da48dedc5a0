import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SCALES } from "../generate/plan";
import { entryArgs } from "../entry";
import type { BenchOptions } from "./options";
import { describeMachine } from "./report";
import { databaseEnv, runScaleBenchmark } from "./scale";
import { entitiesStatements } from "./scale-entities";

/** Runs `npm run generate -- --scale <scale>` on the databases `env` names, its progress shown. */
function generate(root: string, env: Record<string, string>, scale: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...entryArgs("tools/generate/main.ts"), "--scale", scale],
      {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ["ignore", "inherit", "inherit"],
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
  const have = await entitiesStatements.generatedOrganizations(env);
  if (have !== SCALES[scale].organizations) {
    log(`generating the ${scale} network in ${where} (it holds ${have} generated organisations)`);
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
