import { loadLimitSettings } from "./limits";
import { describeMemoryBudget } from "./memory-budget";
import { flushLogger, processLogger } from "./observability/logger";

/** What runServerProcess needs of a started server: how to stop it and how long that may take. */
export interface StoppableServer {
  close: () => Promise<void>;
  /** How long `close` lets in-flight responses run; the process gives up a little after that. */
  shutdownGraceMs: number;
  /** How long to keep serving after a signal, with `leave` called, before `close` (default 0). */
  shutdownDelayMs?: number;
  /** Makes `GET /ready` answer 503 while everything else is still served. */
  leave?: () => void;
}

/**
 * The exit code of a process whose port is taken (Linux's EADDRINUSE): a supervisor does not
 * restart it, since the same port will be taken again.
 */
export const ADDRESS_IN_USE_EXIT = 98;

/** Time allowed on top of the grace for closing the database and the GraphQL server. */
export const CLOSE_MARGIN_MS = 5_000;

/**
 * The life of a server process: start it, log what is ready, and on SIGTERM or SIGINT first
 * answer `GET /ready` with 503 while still serving for the server's `shutdownDelayMs`
 * (SHUTDOWN_DELAY_MS: a load balancer's health checks take it out of rotation meanwhile), then
 * drain it (no new connections, in-flight responses finish within the grace period) and exit 0, or 1
 * if closing fails or overruns. A signal during start-up exits 0 at once, since nothing is
 * served yet; a second signal while draining changes nothing (Ctrl-C reaches a whole process
 * group, and `npm start` forwards a SIGTERM as well). A supervisor that started the process
 * with an IPC channel and then vanishes stops it the same way. A failed start exits 1. Lines go
 * to the process's logger (setProcessLogger), flushed before every exit; the last ready line
 * states the process's memory budget (heap limit and cache bounds).
 */
export function runServerProcess<T extends StoppableServer>(
  start: () => Promise<T>,
  ready: (running: T) => string[],
): void {
  let running: T | undefined;
  let stopping = false;
  const logger = processLogger();
  const exit = (code: number) => {
    flushLogger(logger);
    process.exit(code);
  };
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    if (!running) exit(0);
    const server = running!;
    const graceMs = server.shutdownGraceMs;
    const delayMs = server.shutdownDelayMs ?? 0;
    const limitMs = delayMs + graceMs + CLOSE_MARGIN_MS;
    setTimeout(() => {
      logger.error(`did not stop within ${limitMs} ms; exiting`);
      exit(1);
    }, limitMs).unref();
    if (delayMs > 0) {
      server.leave?.();
      logger.info(`${reason}: /ready answers 503; still serving for ${delayMs} ms, then draining`);
    }
    // The timer is not unref'd: the process must stay up while it serves out the delay.
    setTimeout(() => drain(server, reason, graceMs), delayMs);
  };
  const drain = (server: T, reason: string, graceMs: number) => {
    logger.info(`${reason}: draining (in-flight requests get up to ${graceMs} ms)`);
    server.close().then(
      () => {
        logger.info("stopped");
        exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "failed to stop");
        exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  if (process.connected) process.once("disconnect", () => stop("supervisor gone"));
  start().then(
    (started) => {
      running = started;
      for (const line of ready(started)) logger.info(line);
      // The settings were validated when the process read its configuration, before start.
      logger.info(describeMemoryBudget(loadLimitSettings(process.env).caches));
      // A signal that came while starting was answered by exiting; nothing else is pending.
    },
    (error: unknown) => {
      logger.fatal({ err: error }, `failed to start: ${(error as Error).message ?? String(error)}`);
      exit((error as { code?: string }).code === "EADDRINUSE" ? ADDRESS_IN_USE_EXIT : 1);
    },
  );
}
