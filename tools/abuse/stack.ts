import { spawn, type ChildProcess } from "node:child_process";
import { productionKeyEnv } from "../process-env";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entryArgs } from "../entry";
import { freePort, peakMiB } from "../processes";

export const SUBGRAPHS = ["regions", "organizations", "events", "programmes"] as const;
export type ProcessName = (typeof SUBGRAPHS)[number] | "gateway";

/** The whole platform as `npm start` runs it (supervised processes), in production mode. */
export interface SupervisedStack {
  secret: string;
  urls: Record<ProcessName, string>;
  /** The current pid of each process (a restarted process has a new one). */
  pid: (name: ProcessName) => number | undefined;
  /** The highest resident memory each process reached, in MiB, over every pid it had. */
  peakMiB: () => Record<string, number>;
  stop: () => Promise<number | null>;
}

/** The children of `parent`, by the entry file they run. */
function children(parent: number): Map<ProcessName, number> {
  const found = new Map<ProcessName, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== parent) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const name = [...SUBGRAPHS, "gateway" as const].find((candidate) =>
        command.includes(
          candidate === "gateway" ? "gateway/index" : `subgraphs/${candidate}/index`,
        ),
      );
      if (name) found.set(name, Number(entry));
    } catch {
      // The process ended while it was being read.
    }
  }
  return found;
}

/** Whether each process answers `GET /health` with 200. */
export function healthStates(urls: string[]): Promise<boolean[]> {
  return Promise.all(
    urls.map((url) =>
      fetch(url.replace(/\/graphql$/, "/health"), { signal: AbortSignal.timeout(2000) }).then(
        (response) => response.status === 200,
        () => false,
      ),
    ),
  );
}

/** Waits until every process answers its health check, or fails after `seconds`. */
export async function waitHealthy(
  urls: string[],
  seconds: number,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`start-all exited with ${child.exitCode}`);
    if ((await healthStates(urls)).every(Boolean)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the stack did not become healthy within ${seconds} s`);
}

/**
 * Starts tools/start-all.ts with fresh SQLite files in a temporary folder, free ports on
 * 127.0.0.1, production mode and a random secret, and samples every child's peak memory.
 */
export async function startSupervisedStack(): Promise<SupervisedStack> {
  // The supervisor gives the subgraphs only the public keys (see tools/process-env.ts).
  const keys = await productionKeyEnv();
  const secret = keys.AUTH_JWT_SECRET;
  const dir = mkdtempSync(join(tmpdir(), "ngo-graph-abuse-"));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...keys,
    // Fresh databases: production never migrates unless asked, and refuses a schema behind.
    MIGRATE: "true",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    // One gateway process, whose memory is the one sampled (GATEWAY_WORKERS: one per core).
    GATEWAY_WORKERS: "1",
  };
  const urls = {} as Record<ProcessName, string>;
  for (const name of [...SUBGRAPHS, "gateway" as const]) {
    const port = await freePort();
    const prefix = name.toUpperCase();
    env[`${prefix}_PORT`] = String(port);
    urls[name] = `http://127.0.0.1:${port}/graphql`;
    if (name !== "gateway") {
      env[`${prefix}_URL`] = urls[name];
      env[`${prefix}_DATABASE`] = join(dir, `${name}.sqlite`);
    }
  }
  const child = spawn(process.execPath, entryArgs("tools/start-all.ts"), {
    env,
    stdio: ["ignore", "ignore", "ignore"],
  });
  await waitHealthy(Object.values(urls), 90, child);
  const peaks: Record<string, number> = {};
  const sample = () => {
    for (const [name, pid] of children(child.pid!))
      peaks[name] = Math.max(peaks[name] ?? 0, peakMiB(pid));
  };
  const sampler = setInterval(sample, 100);
  return {
    secret,
    urls,
    pid: (name) => children(child.pid!).get(name),
    peakMiB: () => (sample(), { ...peaks }),
    stop: async () => {
      clearInterval(sampler);
      child.kill("SIGTERM");
      return new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    },
  };
}
