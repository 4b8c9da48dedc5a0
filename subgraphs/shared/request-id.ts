import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/**
 * A caller's own id is kept when it is short and plain, so one id can follow a request through a
 * proxy, the gateway and the log; anything else (too long, spaces, control characters that could
 * forge a log line) is replaced by a fresh UUID.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const storage = new AsyncLocalStorage<string>();

/** The request's id: a sane incoming `x-request-id`, or a new UUID. */
export function requestIdFromHeaders(headers: IncomingHttpHeaders): string {
  const incoming = headers["x-request-id"];
  return typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Runs `work` with `requestId` as the current request's id, for everything it awaits. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run(requestId, work);
}

/**
 * The id of the request being handled. The error formatter reads it from here: Apollo's
 * `formatError` receives no context, and the id must reach both the client and the log line.
 */
export function currentRequestId(): string | undefined {
  return storage.getStore();
}
