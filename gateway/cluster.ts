import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import { AggregatorRegistry } from "prom-client";
import type { Logger } from "pino";
import { ConfigError, readOptional, type Env } from "../subgraphs/shared/env";
import { ADDRESS_IN_USE_EXIT, CLOSE_MARGIN_MS } from "../subgraphs/shared/process";
import { flushLogger } from "../subgraphs/shared/observability/logger";
import {
  METRICS_REQUEST,
  METRICS_REPLY,
  type MetricsReply,
} from "../subgraphs/shared/observability/cluster-metrics";

/** The most workers one machine runs; more than its cores only adds memory. */
const MAX_WORKERS = 64;

/**
 * `GATEWAY_WORKERS`: how many gateway processes serve the one port, default one per core the
 * machine reports. Under a CPU limit (a container), set it to the limit: Node counts the host's
 * cores, not the container's share.
 */
export function readGatewayWorkers(env: Env): number {
  const text = readOptional(env, "GATEWAY_WORKERS");
  if (text === undefined) return availableParallelism();
  const workers = Number(text);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS)
    throw new ConfigError(
      `GATEWAY_WORKERS must be a whole number from 1 to ${MAX_WORKERS}, got "${text}"`,
    );
  return workers;
}

/** A worker that served and then died is started again, unless they die this often. */
const RESTART_WINDOW_MS = 60_000;
const MAX_RESTARTS_IN_WINDOW = 5;

/**
 * The primary of a gateway of several workers (Node's cluster module: the workers share the
 * listening port, and the kernel hands each connection to one of them). It serves nothing
 * itself: it forks `workers` processes running the same entry, starts again one that dies
 * after it had started listening (at most five times a minute, then gives up and exits 1),
 * exits with a worker's code when one fails before listening (a bad setting or a taken port
 * fails every worker the same way), answers the workers' requests for the metrics of all of
 * them (prom-client's AggregatorRegistry), and on SIGTERM, SIGINT or its supervisor going away
 * passes SIGTERM on and exits once every worker has drained.
 */
export function runGatewayPrimary(workers: number, shutdownGraceMs: number, logger: Logger): void {
  const aggregator = new AggregatorRegistry();
  const listening = new WeakSet<Worker>();
  const restarts: number[] = [];
  let stopping = false;
  let exitCode = 0;
  const exit = (code: number) => {
    flushLogger(logger);
    process.exit(code);
  };
  const alive = () => Object.values(cluster.workers ?? {}).filter(Boolean) as Worker[];

  const fork = () => {
    const worker = cluster.fork();
    worker.on("listening", () => listening.add(worker));
    worker.on("message", (message: { type?: string; id?: number }) => {
      if (message?.type !== METRICS_REQUEST) return;
      const reply = (text: string | undefined, error?: string) =>
        worker.isConnected() &&
        worker.send({ type: METRICS_REPLY, id: message.id, text, error } satisfies MetricsReply);
      aggregator.clusterMetrics().then(
        (text) => reply(text),
        (error: Error) => reply(undefined, error.message),
      );
    });
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      // A worker still loading has no handler yet, and SIGTERM ends it at once: nothing to drain.
      if (code !== 0 && signal !== "SIGTERM") {
        exitCode = 1;
        logger.error(
          `gateway worker ${worker.process.pid} stopped with ${signal ?? `code ${code}`}`,
        );
      }
      if (alive().length === 0) {
        logger.info("every worker stopped");
        exit(exitCode);
      }
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!listening.has(worker)) {
      logger.fatal(`a gateway worker failed to start (${how}); stopping`);
      stop(`a worker failed to start`, code === ADDRESS_IN_USE_EXIT ? ADDRESS_IN_USE_EXIT : 1);
      return;
    }
    const now = Date.now();
    while (restarts.length > 0 && restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS_IN_WINDOW) {
      logger.fatal(`gateway workers died ${restarts.length + 1} times within a minute; stopping`);
      stop("workers keep dying", 1);
      return;
    }
    restarts.push(now);
    logger.error(`gateway worker ${worker.process.pid} died (${how}); starting another`);
    fork();
  });

  const stop = (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const running = alive();
    logger.info(`${reason}: draining ${running.length} worker(s)`);
    if (running.length === 0) exit(exitCode);
    for (const worker of running) worker.process.kill("SIGTERM");
    setTimeout(
      () => {
        logger.error(`workers did not stop within ${shutdownGraceMs + 2 * CLOSE_MARGIN_MS} ms`);
        for (const worker of alive()) worker.process.kill("SIGKILL");
        exit(1);
      },
      shutdownGraceMs + 2 * CLOSE_MARGIN_MS,
    ).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  if (process.connected) process.once("disconnect", () => stop("supervisor gone"));

  logger.info(`gateway: ${workers} worker processes share the port (GATEWAY_WORKERS)`);
  for (let index = 0; index < workers; index++) fork();
}
