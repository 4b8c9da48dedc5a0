import type { ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { graphQLErrorBody } from "./http-reply";

/** How long a connection that broke the protocol may keep sending before it is cut. */
const LINGER_MS = 5_000;

const answered = new WeakSet<Duplex>();

function rawBadRequest(error: Error & { code?: string }): string {
  const body = graphQLErrorBody(
    "BAD_REQUEST",
    `Malformed HTTP request (${error.code ?? error.message})`,
  );
  return [
    "HTTP/1.1 400 Bad Request",
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/**
 * Answers bytes that are not HTTP (more body than `Content-Length` declared reads as a garbage
 * next request) with a JSON 400, after any response still being written on the connection, and
 * closes without a reset: the connection is half-closed, and what the client still sends is read
 * and discarded for up to LINGER_MS. Node's default answers 400 and destroys the socket at
 * once, which resets the connection and can wipe out the answer before the client reads it.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // The parser reports an error for every further chunk the client sends: answer only the first.
  if (answered.has(socket)) return;
  answered.add(socket);
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  socket.once("close", () => clearTimeout(timer));
  socket.on("data", () => undefined);
  socket.resume();
  // Node's own handler makes the same check: a response already under way is let finish, and
  // is the connection's last.
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (inFlight && !inFlight.writableFinished) {
    inFlight.once("finish", () => socket.end());
    return;
  }
  socket.end(rawBadRequest(error));
}
