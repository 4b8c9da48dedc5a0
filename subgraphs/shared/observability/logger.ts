import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import type { ObservabilitySettings } from "./settings";

export type { Logger } from "pino";

/**
 * A process's logger: one JSON object per line on stdout, the level as its name (`"level":"info"`)
 * and `name` the process (`gateway`, `events`, `start-all`). JSON lines are written
 * asynchronously (SonicBoom), so a request's log line costs a buffer append, not a system call;
 * flushLogger writes what is pending before the process exits. Pretty output is for a person
 * at a terminal and is written synchronously, which is fine there and never used in production.
 * A test may pass its own `destination` to read the lines.
 */
export function createLogger(
  name: string,
  settings: ObservabilitySettings,
  destination?: DestinationStream,
): Logger {
  const options = {
    name,
    level: settings.level,
    base: { name, pid: process.pid },
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (destination) return pino(options, destination);
  if (settings.pretty) {
    return pino(options, pretty({ colorize: process.stdout.isTTY === true, sync: true }));
  }
  return pino(options, pino.destination({ dest: 1, sync: false }));
}

/** Writes out every pending line; call it before `process.exit`, which would drop them. */
export function flushLogger(logger: Logger): void {
  try {
    const stream = (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as {
      flushSync?: () => void;
    };
    stream.flushSync?.();
  } catch {
    // A stream that is not ready yet has nothing buffered to lose.
  }
}

let processWide: Logger | undefined;

/**
 * The logger of this process, for what happens outside any request (start, stop, an error
 * with no request to belong to): the one the entry set with setProcessLogger, else a JSON
 * logger of warnings and errors (what a test that starts servers in-process sees).
 */
export function processLogger(): Logger {
  return (processWide ??= createLogger("ngo-graph", { level: "warn", pretty: false }));
}

/** Makes `logger` the process's logger; the entry of each process calls it once at start. */
export function setProcessLogger(logger: Logger): void {
  processWide = logger;
}
