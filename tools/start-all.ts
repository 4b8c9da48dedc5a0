import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadGatewayConfig } from "../gateway/config";
import { loadHttpLimits } from "../subgraphs/shared/http-limits";
import { memoryBudgetArgs } from "../subgraphs/shared/memory-budget";
import {
  createLogger,
  flushLogger,
  loadObservabilitySettings,
  type Logger,
  type ObservabilitySettings,
} from "../subgraphs/shared/observability";
import { environmentPrefix, loadSubgraphConfig } from "../subgraphs/shared/subgraph-config";
import { readSubgraphList } from "../gateway/subgraph-list";
import { ensureDashboardBuilt } from "./dashboard-build";
import { processEnvironments, type ProcessEnvironments } from "./process-env";
import { takenPorts, type PlannedPort } from "./ports";
import { ADDRESS_IN_USE_EXIT } from "../subgraphs/shared/process";

/**
 * `npm start`: the subgraphs supergraph.yaml lists and the gateway, each a process with its own
 * port and SQLite file. The children log JSON lines (with their `name`), passed through unchanged, so the
 * output is one stream a log shipper can read; any other line is prefixed with the process's
 * name. At a terminal outside production every process, this one included, logs readable
 * lines instead (pino-pretty; see loadObservabilitySettings). A process that dies is restarted with backoff while the
 * others keep serving; Ctrl-C or SIGTERM drains them all (each finishes its in-flight requests)
 * and exits 0 once every one has stopped cleanly.
 */
const root = join(__dirname, "..");
// Run from the TypeScript sources (npm start) or from the compiled dist/ (a built image): the
// children are started the same way, with the same loader flags.
const extension = __filename.endsWith(".ts") ? ".ts" : ".js";
const gatewayArgs = process.argv.slice(2);

/** Restart delays: 0.5 s, doubling up to 30 s; a process that stayed up a minute starts over. */
const FIRST_RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
/** Time allowed on top of the children's drain before they are killed. */
const STOP_MARGIN_MS = 5_000;

interface Supervised {
  name: string;
  /** Which environment it gets (see processEnvironments). */
  role: "gateway" | "subgraph" | "identity";
  defaultPort: number;
  script: string;
  args: string[];
  child?: ChildProcess;
  startedAt: number;
  /** Deaths since it last stayed up STABLE_AFTER_MS: the exponent of the next delay. */
  failures: number;
  restart?: NodeJS.Timeout;
  /** How it exited after being asked to stop: a code, or the signal that ended it. */
  stopped?: string;
}

/**
 * The processes to supervise: every subgraph supergraph.yaml lists that this repository builds
 * (a subgraph made with `npm run subgraph:new` joins by being listed), then the gateway. A
 * listed subgraph built elsewhere (a centre's, on its own machine) is routed to, not started.
 * Each listens by default on the port of its routing_url, unless <NAME>_PORT says otherwise.
 */
function supervisedProcesses(): Supervised[] {
  const built = (name: string) => existsSync(join(root, "subgraphs", name, `index${extension}`));
  const subgraphs = readSubgraphList()
    .filter(({ name }) => built(name))
    .map(({ name, url }) => ({
      name,
      role: "subgraph" as const,
      defaultPort: Number(new URL(url).port) || 80,
      script: `subgraphs/${name}/index${extension}`,
      args: [],
    }));
  const gateway = {
    name: "gateway",
    role: "gateway" as const,
    defaultPort: 4000,
    script: `gateway/index${extension}`,
    args: gatewayArgs,
  };
  return [...subgraphs, gateway].map((entry) => ({ ...entry, startedAt: 0, failures: 0 }));
}

let supervised: Supervised[] = [];

let stopping = false;
/** Set when a child could not bind its port: everything stops and `npm start` exits 1. */
let portTaken = false;
let settings: ObservabilitySettings;
let environments: ProcessEnvironments;
/** Every port the processes will listen on, checked before any starts. */
const planned: PlannedPort[] = [];

function prefix(name: string, stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): void {
  let buffer = "";
  stream.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines)
      out.write(line.startsWith("{") ? `${line}\n` : `${name.padEnd(13)} | ${line}\n`);
  });
}

/**
 * Each process's configuration is read here first, so a bad value (a HOST the development
 * secret may not serve, a malformed port) stops `npm start` with the message instead of
 * becoming a process that dies and is restarted forever.
 */
function checkConfiguration(): void {
  try {
    supervised = supervisedProcesses();
    settings = loadObservabilitySettings();
    const { port } = loadGatewayConfig(gatewayArgs);
    const subgraphs = supervised.filter(({ role }) => role === "subgraph").map(({ name }) => name);
    environments = processEnvironments(process.env, port, subgraphs);
    // Outside production, people sign in at the development identity provider (tools/oidc).
    if (environments.identity)
      supervised.unshift({
        name: "identity",
        role: "identity",
        defaultPort: 4010,
        script: `tools/oidc/index${extension}`,
        args: [],
        startedAt: 0,
        failures: 0,
      });
    const gateway = loadGatewayConfig(gatewayArgs, environments.gateway);
    planned.push({
      name: "gateway",
      host: gateway.host,
      port: gateway.port,
      variable: "GATEWAY_PORT",
    });
    for (const { name, defaultPort, role } of supervised) {
      if (role !== "subgraph") continue;
      const config = loadSubgraphConfig(name, defaultPort, environments.subgraph(name));
      planned.push({
        name,
        host: config.host,
        port: config.port,
        variable: `${environmentPrefix(name)}_PORT`,
      });
    }
    if (environments.identity)
      planned.push({
        name: "identity",
        host: "127.0.0.1",
        port: Number(environments.identity.OIDC_DEV_PORT),
        variable: "OIDC_DEV_PORT",
      });
    memoryBudgetArgs(process.env, process.execArgv);
  } catch (error) {
    // Before any logger: one plain line, as every process of the platform writes it.
    process.stderr.write(`start-all | configuration error: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/**
 * A child's environment (see processEnvironments), logging as this process does: readable at a
 * terminal, JSON otherwise.
 */
function childEnvironment(entry: Supervised): NodeJS.ProcessEnv {
  const env =
    entry.role === "subgraph"
      ? environments.subgraph(entry.name)
      : entry.role === "gateway"
        ? environments.gateway
        : environments.identity!;
  return { ...env, LOG_PRETTY: String(settings.pretty) };
}

function launch(entry: Supervised): void {
  // The IPC channel lets a child notice that this supervisor is gone and stop itself.
  const child = spawn(
    process.execPath,
    // Each child's heap is capped at MEMORY_BUDGET_MIB (see memory-budget.ts).
    [
      ...process.execArgv,
      ...memoryBudgetArgs(process.env, process.execArgv),
      join(root, entry.script),
      ...entry.args,
    ],
    {
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: childEnvironment(entry),
    },
  );
  entry.child = child;
  entry.startedAt = Date.now();
  logger.info({ process: entry.name, pid: child.pid }, `${entry.name} started (pid ${child.pid})`);
  prefix(entry.name, child.stdout!, process.stdout);
  prefix(entry.name, child.stderr!, process.stderr);
  child.once("exit", (code, signal) => exited(entry, code, signal));
}

function exited(entry: Supervised, code: number | null, signal: NodeJS.Signals | null): void {
  entry.child = undefined;
  const how = signal ? `signal ${signal}` : `code ${code}`;
  if (stopping) {
    entry.stopped = how;
    logger.info({ process: entry.name }, `${entry.name} stopped (${how})`);
    finishWhenAllStopped();
    return;
  }
  if (code === ADDRESS_IN_USE_EXIT) {
    // The same port will be taken again: restarting would only loop.
    logger.error(
      { process: entry.name },
      `${entry.name} could not listen: its port is taken; stopping every process (not restarting)`,
    );
    portTaken = true;
    stopAll("port taken");
    return;
  }
  const upMs = Date.now() - entry.startedAt;
  if (upMs >= STABLE_AFTER_MS) entry.failures = 0;
  const delay = Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** entry.failures);
  entry.failures += 1;
  logger.error(
    { process: entry.name, exit: how, restartInMs: delay },
    `${entry.name} exited with ${how} after ${(upMs / 1000).toFixed(1)} s; restarting in ${delay} ms (the others keep serving)`,
  );
  entry.restart = setTimeout(() => {
    entry.restart = undefined;
    launch(entry);
  }, delay);
}

/** A child stopped cleanly when it exited 0, or died of the SIGTERM before it could drain. */
function stoppedCleanly(entry: Supervised): boolean {
  return (
    entry.stopped === undefined || entry.stopped === "code 0" || entry.stopped === "signal SIGTERM"
  );
}

function finishWhenAllStopped(): void {
  if (supervised.some((entry) => entry.child)) return;
  const failed = supervised.filter((entry) => !stoppedCleanly(entry));
  for (const entry of failed)
    logger.error({ process: entry.name }, `${entry.name} did not stop cleanly (${entry.stopped})`);
  flushLogger(logger);
  process.exit(failed.length === 0 && !portTaken ? 0 : 1);
}

function stopAll(signal: string): void {
  if (stopping) return;
  stopping = true;
  const { shutdownGraceMs } = loadHttpLimits(process.env);
  logger.info(`${signal}: stopping every process (each drains for up to ${shutdownGraceMs} ms)`);
  for (const entry of supervised) {
    if (entry.restart) clearTimeout(entry.restart);
    entry.child?.kill("SIGTERM");
  }
  setTimeout(() => {
    for (const entry of supervised) {
      if (!entry.child) continue;
      logger.error(
        { process: entry.name },
        `${entry.name} is still running after the grace period; killing it`,
      );
      entry.child.kill("SIGKILL");
    }
  }, shutdownGraceMs + STOP_MARGIN_MS).unref();
  finishWhenAllStopped();
}

checkConfiguration();
// Declared here, once the settings are read; the functions above run only after this line.
const logger: Logger = createLogger("start-all", settings!);
process.on("SIGINT", () => stopAll("SIGINT"));
process.on("SIGTERM", () => stopAll("SIGTERM"));
// Taken ports stop everything before any process opens a database.
void takenPorts(planned).then((taken) => {
  if (taken.length > 0) {
    for (const line of taken) process.stderr.write(`start-all | ${line}\n`);
    process.exit(1);
  }
  logger.info(ensureDashboardBuilt(root));
  for (const entry of supervised) launch(entry);
});
