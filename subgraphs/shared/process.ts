/**
 * The life of a server process: start it, log what is ready, and on SIGTERM or SIGINT close it
 * and exit 0 (1 if closing fails). A failed start is logged with the process name and exits 1.
 */
export function runServerProcess<T extends { close: () => Promise<void> }>(
  name: string,
  start: () => Promise<T>,
  ready: (running: T) => string[],
): void {
  start().then(
    (running) => {
      for (const line of ready(running)) console.log(`[${name}] ${line}`);
      const stop = () => {
        running.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    },
    (error: unknown) => {
      console.error(`[${name}] failed to start: ${(error as Error).stack ?? String(error)}`);
      process.exit(1);
    },
  );
}
