import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "./processes";
import { PRELOAD } from "../entry";

export const SCALE_SUBGRAPHS = ["regions", "organizations", "events", "programmes"] as const;

/** The platform's processes over a generated dataset: one per subgraph and the gateway. */
export interface ScaleStack {
  gatewayUrl: string;
  urls: Record<string, string>;
  /** VmHWM of every process so far, in MiB. */
  peakMiB: () => Record<string, number>;
  stop: () => Promise<void>;
}

/** VmHWM (peak resident set) of a process in MiB, from /proc as tools/abuse/stack.ts reads it. */
export function peakOf(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function waitAnswering(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the process exited with ${child.exitCode}`);
    const ok = await fetch(url.replace(/\/graphql$/, "/health")).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/**
 * Starts every subgraph and the gateway as separate processes in production mode, on the
 * databases `databaseEnv` names (SQLite files or DATABASE_URL), without seeding (the generator
 * has loaded the seed) and with the gateway's optional caches off.
 */
export async function startScaleStack(
  root: string,
  databaseEnv: Record<string, string>,
): Promise<ScaleStack> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...databaseEnv,
    NODE_ENV: "production",
    AUTH_JWT_SECRET: randomBytes(32).toString("hex"),
    HOST: "127.0.0.1",
    SEED: "false",
    // A dataset generated before the latest migration is brought up to date first.
    MIGRATE: "true",
    LOG_LEVEL: "warn",
  };
  const urls: Record<string, string> = {};
  for (const name of [...SCALE_SUBGRAPHS, "gateway"]) {
    const port = await freePort();
    env[`${name.toUpperCase()}_PORT`] = String(port);
    urls[name] = `http://127.0.0.1:${port}/graphql`;
    if (name !== "gateway") env[`${name.toUpperCase()}_URL`] = urls[name];
  }
  const children = new Map<string, ChildProcess>();
  const start = (name: string, entry: string) => {
    const child = spawn(process.execPath, [...PRELOAD, join(root, entry)], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    children.set(name, child);
    return child;
  };
  const peaks: Record<string, number> = {};
  const sample = () => {
    for (const [name, child] of children)
      peaks[name] = Math.max(peaks[name] ?? 0, peakOf(child.pid!));
  };
  const sampler = setInterval(sample, 200);
  const stop = async () => {
    clearInterval(sampler);
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  try {
    for (const name of SCALE_SUBGRAPHS) {
      const child = start(name, `subgraphs/${name}/index.ts`);
      await waitAnswering(urls[name], child, 120);
    }
    await waitAnswering(urls.gateway, start("gateway", "gateway/index.ts"), 60);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: urls.gateway, urls, peakMiB: () => (sample(), { ...peaks }), stop };
}
