import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findProjectRoot } from "../../subgraphs/shared/subgraph-config";
import { answers, measure, type Sample } from "./load";
import { readBenchOptions, type BenchOptions } from "./options";
import { databaseEnv } from "./scale";
import { generate, runScaleCommand } from "./scale-command";
import { peakMiB } from "../processes";
import { describeMachine, table, type Samples } from "./report";
import { startStack, type Stack, type TargetName } from "./targets";
import { loadWorkloads, type Workload } from "./workloads";

/**
 * `npm run bench`: starts the four subgraphs and every gateway on free ports, then measures each
 * workload on each target in alternating rounds (the order of the targets rotates every round),
 * so a busy moment of this shared machine falls on all of them alike rather than on one.
 */
const root = findProjectRoot(__dirname);

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function selected(options: BenchOptions): Workload[] {
  const all = loadWorkloads(root);
  if (options.only.length === 0) return all;
  const chosen = all.filter((workload) =>
    options.only.some((name) => workload.id === name || workload.id.startsWith(`${name}-`)),
  );
  if (chosen.length === 0)
    throw new Error(`--only matches no workload; there are: ${all.map(({ id }) => id).join(", ")}`);
  return chosen;
}

/** Single-subgraph workloads go to every target, joins to the gateways only. */
function targetsOf(workload: Workload, options: BenchOptions): TargetName[] {
  return options.targets.filter((target) => target !== "direct" || !workload.join);
}

/**
 * Every target must give the same data, without errors, before its speed counts. Returns the
 * mean size of each workload's answer (its data as JSON, in bytes).
 */
async function verify(
  stack: Stack,
  workloads: Workload[],
  options: BenchOptions,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const workload of workloads) {
    let reference: { target: TargetName; data: string[] } | undefined;
    for (const target of targetsOf(workload, options)) {
      const data = await answers(stack.urls[target], workload);
      reference ??= { target, data };
      const differs = data.findIndex((answer, index) => answer !== reference!.data[index]);
      if (differs >= 0)
        throw new Error(
          `${target} and ${reference.target} answer ${workload.id} differently (body ${differs}):\n${data[differs].slice(0, 400)}\n${reference.data[differs].slice(0, 400)}`,
        );
    }
    const lengths = reference?.data.map((answer) => Buffer.byteLength(answer)) ?? [];
    if (lengths.length)
      sizes.set(workload.id, lengths.reduce((sum, bytes) => sum + bytes, 0) / lengths.length);
  }
  return sizes;
}

function rotate<T>(items: T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

async function runRounds(
  stack: Stack,
  workloads: Workload[],
  options: BenchOptions,
): Promise<Samples> {
  const samples: Samples = new Map();
  if (options.warmup > 0) {
    log(`warming up (${options.warmup} s per target and workload)`);
    for (const workload of workloads)
      for (const target of targetsOf(workload, options))
        await measure(stack.urls[target], workload, options.connections, options.warmup);
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const workload of workloads) {
      const perTarget = samples.get(workload.id) ?? new Map<TargetName, Sample[]>();
      samples.set(workload.id, perTarget);
      for (const target of rotate(targetsOf(workload, options), round)) {
        const sample = await measure(
          stack.urls[target],
          workload,
          options.connections,
          options.duration,
        );
        perTarget.set(target, [...(perTarget.get(target) ?? []), sample]);
        log(
          `round ${round + 1}/${options.rounds} ${workload.id} ${target}: ${(sample.requests / sample.seconds).toFixed(0)} req/s, p50 ${sample.p50} ms, p99 ${sample.p99} ms${sample.failures ? `, ${sample.failures} failed` : ""}`,
        );
      }
    }
  }
  return samples;
}

function peaks(stack: Stack): string {
  return stack.processes
    .map((started) => `${started.name} ${peakMiB(started.child.pid).toFixed(0)} MiB`)
    .join(", ");
}

/** Runs the whole benchmark and returns its report as markdown. */
export async function runBenchmark(options: BenchOptions): Promise<string> {
  const workloads = selected(options);
  const runDir = mkdtempSync(join(tmpdir(), "ngo-graph-bench-"));
  // Removed however the run ends, a failed generation or start included.
  try {
    return await benchmarkIn(runDir, workloads, options);
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

async function benchmarkIn(
  runDir: string,
  workloads: Workload[],
  options: BenchOptions,
): Promise<string> {
  const dataDir = options.dataDir ?? join(runDir, "data");
  log(
    `starting the subgraphs (data in ${options.databaseUrl ? "PostgreSQL" : dataDir}) and ${options.targets.join(", ")}`,
  );
  if (options.generate !== "none") {
    log(`generating the ${options.generate} network beside the seed data`);
    if (!options.databaseUrl) mkdirSync(dataDir, { recursive: true });
    await generate(
      root,
      databaseEnv({ root, dataDir, databaseUrl: options.databaseUrl, requests: 0 }),
      options.generate,
    );
  }
  const supergraph = readFileSync(join(root, "schema", "supergraph.graphql"), "utf8");
  const stack = await startStack(
    root,
    runDir,
    supergraph,
    { ...options, dataDir },
    options.targets,
  );
  try {
    for (const workload of workloads)
      if (workload.prepare) workload.bodies = await workload.prepare(stack.urls.direct);
    const sizes = await verify(stack, workloads, options);
    const minutes = workloads.reduce(
      (sum, workload) => sum + targetsOf(workload, options).length,
      0,
    );
    log(
      `${workloads.length} workloads, ${options.rounds} rounds of ${options.duration} s: about ${Math.ceil((minutes * (options.rounds * options.duration + options.warmup)) / 60)} min`,
    );
    const samples = await runRounds(stack, workloads, options);
    if (options.json)
      writeFileSync(
        options.json,
        JSON.stringify(
          Object.fromEntries(
            [...samples].map(([id, byTarget]) => [id, Object.fromEntries(byTarget)]),
          ),
          null,
          2,
        ),
      );
    return [
      `Command: \`npm run bench -- ${process.argv.slice(2).join(" ")}\``.replace(/ -- `$/, "`"),
      `${options.rounds} alternating rounds of ${options.duration} s, ${options.connections} connections, warm-up ${options.warmup} s; every process in production mode.`,
      "",
      describeMachine(),
      "",
      table(workloads, samples, sizes),
      "",
      `Peak resident memory: ${peaks(stack)}.`,
    ].join("\n");
  } finally {
    await stack.stop();
  }
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = readBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`[bench] ${(error as Error).message}`);
    process.exit(1);
  }
  const report = options.scale
    ? await runScaleCommand(root, options, log)
    : await runBenchmark(options);
  process.stdout.write(`${report}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`[bench] failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
