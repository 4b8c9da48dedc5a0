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
    spread: (Math.max(...perRound) - Math.min(...perRound)) / 2 / rps,
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
  return `${value.rps.toFixed(0)} ±${(value.spread * 100).toFixed(0)}% (${value.p50}/${value.p99})${failed}`;
}

function ratio(a: Figure | undefined, b: Figure | undefined): string {
  return a && b ? `${(a.rps / b.rps).toFixed(2)}` : "–";
}

/**
 * The figures as a markdown table: per workload, each target's req/s (with the rounds' spread)
 * and p50/p99 latency, and the project gateway's ratio to Hive Gateway, stock @apollo/gateway
 * and the subgraph called directly.
 */
export function table(workloads: Workload[], samples: Samples): string {
  const lines = [
    "| workload | project gateway | project, recording usage | stock @apollo/gateway | Hive Gateway | direct subgraph | project/Hive | project/stock | project/direct | recording/project |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const workload of workloads) {
    const of = (target: TargetName) => {
      const rounds = samples.get(workload.id)?.get(target);
      return rounds?.length ? figure(rounds) : undefined;
    };
    const [project, recording, stock, hive, direct] = (
      ["project", "recording", "stock", "hive", "direct"] as const
    ).map(of);
    lines.push(
      `| \`${workload.id}\`: ${workload.title} | ${cell(project)} | ${cell(recording)} | ${cell(stock)} | ${cell(hive)} | ${cell(direct)} | ${ratio(project, hive)} | ${ratio(project, stock)} | ${ratio(project, direct)} | ${ratio(recording, project)} |`,
    );
  }
  return `${lines.join("\n")}\n\nCells: req/s ±half the round-to-round spread (p50/p99 latency in ms, median of the rounds).${cacheTable(workloads, samples)}`;
}

/** The response caches side by side, when `--targets` named either. */
function cacheTable(workloads: Workload[], samples: Samples): string {
  const lines = [
    "| workload | project, response cache | Hive Gateway, response cache | project gateway | cached/Hive cached | cached/project |",
    "|---|---|---|---|---|---|",
  ];
  let any = false;
  for (const workload of workloads) {
    const [cached, hiveCached, project] = (["cached", "hive-cached", "project"] as const).map(
      (target) => {
        const rounds = samples.get(workload.id)?.get(target);
        return rounds?.length ? figure(rounds) : undefined;
      },
    );
    any ||= Boolean(cached ?? hiveCached);
    lines.push(
      `| \`${workload.id}\` | ${cell(cached)} | ${cell(hiveCached)} | ${cell(project)} | ${ratio(cached, hiveCached)} | ${ratio(cached, project)} |`,
    );
  }
  return any ? `\n\nResponse caches (30 s):\n\n${lines.join("\n")}` : "";
}
