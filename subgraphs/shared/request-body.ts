import type { IncomingMessage, ServerResponse } from "node:http";
import { graphQLErrorBody } from "./http-reply";

/** A request body, declared or counted, over the limit. */
export class PayloadTooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly declared?: number,
  ) {
    super(`Request body is larger than the limit of ${limit} bytes (MAX_BODY_BYTES)`);
  }
}

/**
 * How long a refused upload may keep sending before its connection is cut. Closing a socket
 * while the client is still sending makes the kernel answer with a reset, which can destroy
 * the 413 before the client has read it; reading and discarding the rest for a while (what
 * web servers call a lingering close) lets the client finish sending and then read the answer.
 */
const LINGER_MS = 5_000;

/** The declared `Content-Length` when it is over the limit: refused before any byte is read. */
export function declaredTooLarge(
  request: IncomingMessage,
  limit: number,
): PayloadTooLargeError | null {
  const declared = Number(request.headers["content-length"]);
  return Number.isFinite(declared) && declared > limit
    ? new PayloadTooLargeError(limit, declared)
    : null;
}

/**
 * Reads the body as UTF-8, counting bytes as they arrive (a chunked upload declares no length),
 * and rejects with PayloadTooLargeError as soon as the count passes the limit; nothing past the
 * limit is kept in memory.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let chunks: Buffer[] | null = [];
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks?.push(chunk);
        return;
      }
      chunks = null;
      request.off("data", onData);
      reject(new PayloadTooLargeError(limit));
    };
    request.on("data", onData);
    request.on("end", () => chunks && resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/**
 * Answers 413 with a GraphQL error, then closes the connection without a reset: the whole
 * answer is written at once (its length declared), the rest of the upload is read and thrown
 * away, and the response is ended, which closes the connection, once the upload is over or
 * LINGER_MS has passed.
 */
export function refuseBody(
  request: IncomingMessage,
  response: ServerResponse,
  error: PayloadTooLargeError,
): void {
  const extensions = {
    limit: error.limit,
    ...(error.declared ? { declared: error.declared } : {}),
  };
  const body = graphQLErrorBody("PAYLOAD_TOO_LARGE", error.message, extensions);
  response.writeHead(413, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
  });
  response.write(body);
  const finish = () => {
    clearTimeout(timer);
    if (!response.writableEnded) response.end();
  };
  const timer = setTimeout(finish, LINGER_MS);
  request.on("data", () => undefined);
  request.once("end", finish);
  request.once("close", finish);
  // A client that hangs up its sending side will send nothing more: no need to wait.
  request.socket.once("end", finish);
  request.resume();
}
