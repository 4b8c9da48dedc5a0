import type { IncomingMessage, ServerResponse } from "node:http";

/** A response body holding one GraphQL error with a code and any further extensions. */
export function graphQLErrorBody(
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** Sends a complete JSON body with its length, so the client knows where the response ends. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
  });
  response.end(body);
}

/**
 * `Cache-Control: no-store` on every answer to a request with credentials: what a centre reads
 * with its token (contact details, its archived records) must not be kept by a browser's or a
 * proxy's cache, where the next user of the machine or the proxy's other clients would find it.
 * Set before anything is written, so every answer (GraphQL, an error, a refusal) carries it.
 */
export function noStoreForCredentials(request: IncomingMessage, response: ServerResponse): void {
  if (request.headers.authorization !== undefined) response.setHeader("cache-control", "no-store");
}
