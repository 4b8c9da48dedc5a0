import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { entryArgs } from "../entry";

/** One process of the cluster: how to start it again, and the child while it runs. */
export interface Managed {
  name: string;
  host: string;
  port: number;
  /** What it runs: the project's entry file (node) or another program (haproxy). */
  command: { entry: string } | { program: string; args: string[] };
  env: NodeJS.ProcessEnv;
  child?: ChildProcess;
  exited?: Promise<void>;
}

/** A port nothing listens on right now at `host`. */
export async function freePortAt(host: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the process, its output appended to `<logDir>/<name>.log`, in a process group of its
 * own: a Ctrl-C at the terminal reaches only the cluster, which stops the processes in order.
 * The project's own processes get an IPC channel, so they stop themselves if the cluster dies.
 */
export function launch(process_: Managed, logDir: string): void {
  const log: WriteStream = createWriteStream(join(logDir, `${process_.name}.log`), { flags: "a" });
  const [program, args] =
    "entry" in process_.command
      ? [process.execPath, entryArgs(process_.command.entry)]
      : [process_.command.program, process_.command.args];
  const child = spawn(program, args, {
    env: process_.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe", ...("entry" in process_.command ? ["ipc" as const] : [])],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  process_.child = child;
  process_.exited = new Promise<void>((resolve) => {
    const gone = () => {
      if (process_.child === child) process_.child = undefined;
      log.end();
      resolve();
    };
    child.once("exit", gone);
    // A program that cannot be started (not installed) emits this, and no "exit".
    child.once("error", (error) => {
      log.write(`${process_.name} could not be started: ${error.message}\n`);
      gone();
    });
  });
}

/** Sends `signal` and waits for the process to exit; SIGKILL after `graceMs`. */
export async function signalAndWait(
  process_: Managed,
  signal: NodeJS.Signals,
  graceMs: number,
): Promise<void> {
  const { child, exited } = process_;
  if (!child || !exited) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Waits until `GET <url>` answers 200, failing once the process has exited or time is up. */
export async function waitReady(process_: Managed, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!process_.child) throw new Error(`${process_.name} exited while starting`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${process_.name} did not answer 200 at ${url} within ${timeoutMs} ms`);
}
