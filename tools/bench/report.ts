import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import type { Sample } from "./load";
import type { TargetName } from "./targets";
import type { Workload } from "./workloads";

/** Every round's sample of each workload on each target. */
export type Samples = Map<string, Map<TargetName, Sample[]>>;

/** The figures of one workload on one target over all rounds. */
export interface Figure {
  /** Requests over seconds, all rounds together. */
  rps: number;
  /** Half the spread of the rounds' req/s, as a share of `rps`. */
  spread: number;
  /** Median over the rounds, in milliseconds. */
  p50: number;
  p99: number;
  failures: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Sums a target's rounds into one figure. */
export function figure(samples: Sample[]): Figure {
  const requests = samples.reduce((sum, sample) => sum + sample.requests, 0);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  const perRound = samples.map((sample) => sample.requests / sample.seconds);
  const rps = requests / seconds;
  return {
    rps,
    spread: rps > 0 ? (Math.max(...perRound) - Math.min(...perRound)) / 2 / rps : 0,
    p50: median(samples.map((sample) => sample.p50)),
    p99: median(samples.map((sample) => sample.p99)),
    failures: samples.reduce((sum, sample) => sum + sample.failures, 0),
  };
}

/** The machine the figures come from: a shared 2-core box gives other numbers than a laptop. */
export function describeMachine(): string {
  const [one, five] = loadavg();
  return [
    `- CPU: ${availableParallelism()} × ${cpus()[0]?.model ?? "unknown"}`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version} on ${process.platform} ${process.arch}`,
    `- load average when the figures were taken: ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)`,
  ].join("\n");
}

function cell(value: Figure | undefined): string {
  if (!value) return "–";
  const failed = value.failures ? ` **${value.failures} failed**` : "";
  if (value.rps === 0) return `0 (no answer within the run)${failed}`;
  return `${value.rps.toFixed(0)} ±${(value.spread * 100).toFixed(0)}% (${value.p50}/${value.p99})${failed}`;
}

function ratio(a: Figure | undefined, b: Figure | undefined): string {
  // A target that finished no request in the run has no ratio to give.
  return a && b && a.rps > 0 && b.rps > 0 ? `${(a.rps / b.rps).toFixed(2)}` : "–";
}

/** The answer's size as the report prints it: KB of the data as JSON, the mean of its bodies. */
function size(bytes: number | undefined): string {
  return bytes === undefined ? "–" : `${(bytes / 1024).toFixed(1)}`;
}

/** The better of Hive Gateway's two runtimes on a workload, by req/s. */
function bestHive(js: Figure | undefined, rust: Figure | undefined): Figure | undefined {
  if (!js || !rust) return js ?? rust;
  return js.rps >= rust.rps ? js : rust;
}

/**
 * The figures as a markdown table: per workload, the size of its answer, each target's req/s
 * (with the rounds' spread) and p50/p99 latency, and the project gateway's ratio to the better
 * of Hive Gateway's two runtimes (JavaScript and Rust query planner), to each of them, to stock
 * @apollo/gateway and to the subgraph called directly.
 */
export function table(
  workloads: Workload[],
  samples: Samples,
  sizes: Map<string, number> = new Map(),
): string {
  const lines = [
    "| workload | answer KB | project gateway | project, recording usage | stock @apollo/gateway | Hive Gateway (JS) | Hive Gateway (Rust QP) | direct subgraph | project/best Hive | project/Hive JS | project/Hive Rust | project/stock | project/direct | recording/project |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const workload of workloads) {
    const of = (target: TargetName) => {
      const rounds = samples.get(workload.id)?.get(target);
      return rounds?.length ? figure(rounds) : undefined;
    };
    const [project, recording, stock, hive, rust, direct] = (
      ["project", "recording", "stock", "hive", "hive-rust", "direct"] as const
    ).map(of);
    const cells = [
      size(sizes.get(workload.id)),
      ...[project, recording, stock, hive, rust, direct].map(cell),
      ratio(project, bestHive(hive, rust)),
      ratio(project, hive),
      ratio(project, rust),
      ratio(project, stock),
      ratio(project, direct),
      ratio(recording, project),
    ];
    lines.push(`| \`${workload.id}\`: ${workload.title} | ${cells.join(" | ")} |`);
  }
  const notes =
    "Cells: req/s ±half the round-to-round spread (p50/p99 latency in ms, median of the rounds). Answer KB: the data of one answer as JSON, the mean over the workload's request bodies. Best Hive: the faster of Hive Gateway's two runtimes on that workload.";
  const caches = sideTable(workloads, samples, "Response caches (30 s)", {
    targets: [
      ["cached", "project, response cache"],
      ["hive-cached", "Hive Gateway, response cache"],
      ["project", "project gateway"],
    ],
    ratios: [
      ["cached", "hive-cached", "cached/Hive cached"],
      ["cached", "project", "cached/project"],
    ],
  });
  const workers = sideTable(workloads, samples, "Gateway worker processes (GATEWAY_WORKERS)", {
    targets: [
      ["workers", "project gateway, one worker per core"],
      ["project", "project gateway, 1 process"],
    ],
    ratios: [["workers", "project", "workers/1 process"]],
  });
  return `${lines.join("\n")}\n\n${notes}${caches}${workers}`;
}

/** Some targets side by side with their ratios, when the first (the one compared) was measured. */
function sideTable(
  workloads: Workload[],
  samples: Samples,
  heading: string,
  {
    targets,
    ratios,
  }: { targets: [TargetName, string][]; ratios: [TargetName, TargetName, string][] },
): string {
  const of = (workload: Workload, target: TargetName) => {
    const rounds = samples.get(workload.id)?.get(target);
    return rounds?.length ? figure(rounds) : undefined;
  };
  const lines = [
    `| workload | ${[...targets.map(([, label]) => label), ...ratios.map(([, , label]) => label)].join(" | ")} |`,
    `|${"---|".repeat(1 + targets.length + ratios.length)}`,
  ];
  let any = false;
  for (const workload of workloads) {
    any ||= Boolean(of(workload, targets[0][0]));
    const cells = [
      ...targets.map(([target]) => cell(of(workload, target))),
      ...ratios.map(([a, b]) => ratio(of(workload, a), of(workload, b))),
    ];
    lines.push(`| \`${workload.id}\` | ${cells.join(" | ")} |`);
  }
  return any ? `\n\n${heading}:\n\n${lines.join("\n")}` : "";
}
