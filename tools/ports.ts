import { createServer } from "node:net";

/** A port a process of `npm start` will listen on. */
export interface PlannedPort {
  name: string;
  host: string;
  port: number;
  /** The variable that moves it. */
  variable: string;
}

/** Whether `port` on `host` can be listened on now (it is closed again at once). */
function free({ host, port }: PlannedPort): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * The planned ports that are taken, each as one line saying what to do. Port 0 (any free port)
 * is never taken. Asked before any process starts, so a second `npm start` stops at once and
 * opens no database.
 */
export async function takenPorts(planned: PlannedPort[]): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of planned) {
    if (entry.port === 0 || (await free(entry))) continue;
    lines.push(
      `port ${entry.port} on ${entry.host} (${entry.name}) is taken: is another npm start running? Stop it, or set ${entry.variable}`,
    );
  }
  return lines;
}
