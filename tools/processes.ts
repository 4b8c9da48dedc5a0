import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** A child process a tool started, and what it printed to stderr (for a failed start). */
export interface Spawned {
  name: string;
  child: ChildProcess;
  stderr: () => string;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node <args>` with `env`. Its output is not shown (a benchmark must not measure a
 * terminal): the last of it is kept for a failed start. The IPC channel makes the project's own
 * processes stop themselves if the benchmark dies without stopping them.
 */
export function spawnNode(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Spawned {
  const child = spawn(process.execPath, args, {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let stderr = "";
  const keep = (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  };
  // Logs go to stdout as JSON lines; at LOG_LEVEL=warn a healthy run writes next to nothing.
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { name, child, stderr: () => stderr };
}

/**
 * Waits until `url` answers `{ __typename }` with data, or fails naming the process (with its
 * last stderr lines) once it has exited or `seconds` have passed. One check fits every target:
 * the project's processes, Apollo's standalone server and Hive Gateway.
 */
export async function waitServing(target: Spawned, url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (target.child.exitCode !== null) break;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
        signal: AbortSignal.timeout(2000),
      });
      const body = (await response.json()) as { data?: unknown };
      if (body.data) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${target.name} did not start serving ${url}:\n${target.stderr()}`);
}

/** Stops a child with SIGTERM (SIGKILL after `graceMs`) and waits for it to exit. */
export async function stopChild(target: Spawned, graceMs = 5000): Promise<void> {
  const { child } = target;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** VmHWM: the peak resident memory of a live process, in MiB (0 once it has gone). */
export function peakMiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
