import type { ServerResponse } from "node:http";

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
