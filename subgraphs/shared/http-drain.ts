import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { processLogger } from "./observability/logger";

/** A server's way out: stop taking work, let what is running finish, then close. */
export interface Drain {
  /** True from the moment `close` is called. */
  readonly draining: boolean;
  /** True from the moment `leave` (or `close`) is called: `GET /ready` answers 503. */
  readonly leaving: boolean;
  /**
   * Announces the coming stop while still serving everything: `GET /ready` answers 503, so a
   * load balancer takes the process out of rotation before `close` shuts its port.
   */
  leave: () => void;
  /**
   * Stops accepting connections, lets in-flight responses finish (closing each connection once
   * its response has been handed to the operating system, and idle keep-alive connections at
   * once), and after `graceMs` cuts what is still open. Resolves once every connection is
   * closed; calling it again returns the same promise.
   */
  close: () => Promise<void>;
}

/**
 * Makes `server` drainable. Node's own `closeIdleConnections()`, which `server.close()` calls,
 * counts a connection as idle as soon as its response has been ended, even while megabytes of
 * that response still wait in the socket's buffer, and destroys it: a large response is cut
 * mid-body. So connections are counted here instead, busy from a request until its response
 * emits `finish` (all of it passed to the kernel, which delivers it after a close), and that
 * count is what `closeIdleConnections` uses on this server.
 */
export function createDrain(server: Server, graceMs: number): Drain {
  const sockets = new Set<Socket>();
  const busy = new Map<Socket, number>();
  let draining = false;
  let leaving = false;
  let closed: Promise<void> | undefined;

  const closeIfIdle = (socket: Socket) => {
    if (!busy.get(socket)) socket.destroy();
  };
  server.closeIdleConnections = () => sockets.forEach(closeIfIdle);

  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      busy.delete(socket);
    });
  });
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    // A keep-alive client is told that this response is the connection's last.
    if (draining) response.setHeader("connection", "close");
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      busy.set(socket, (busy.get(socket) ?? 1) - 1);
      if (draining) closeIfIdle(socket);
    };
    response.once("finish", finished);
    response.once("close", finished);
  });

  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      draining = true;
      leaving = true;
      const cut = setTimeout(() => {
        processLogger().warn(
          `connections still open after SHUTDOWN_GRACE_MS=${graceMs} ms are cut`,
        );
        server.closeAllConnections();
      }, graceMs);
      server.close(() => {
        clearTimeout(cut);
        resolve();
      });
    }));

  return {
    get draining() {
      return draining;
    },
    get leaving() {
      return leaving;
    },
    leave: () => {
      leaving = true;
    },
    close,
  };
}
