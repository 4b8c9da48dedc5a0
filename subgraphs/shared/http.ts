import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

/** What the HTTP layer asks of a process: a GraphQL server and whether it is ready. */
export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  createContext: (request: IncomingMessage) => Promise<TContext>;
  /** `GET /health` answers 200 while this returns true, 503 otherwise. */
  isReady?: () => boolean;
  path?: string;
}

const MAX_BODY_BYTES = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("request body too large"));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (
    contentType?.includes("application/json") ||
    contentType?.includes("application/graphql-response+json")
  ) {
    return JSON.parse(raw);
  }
  return raw;
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

async function handle<TContext extends BaseContext>(
  options: HttpOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname === "/health") {
    const ready = options.isReady?.() ?? true;
    response.writeHead(ready ? 200 : 503, { "content-type": "application/json" });
    response.end(JSON.stringify({ status: ready ? "ok" : "starting" }));
    return;
  }
  if (url.pathname !== (options.path ?? "/graphql")) {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("Not found: GraphQL is served at /graphql\n");
    return;
  }
  let body: unknown;
  try {
    body = parseBody(await readBody(request), request.headers["content-type"]);
  } catch (error) {
    response.writeHead(400, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        errors: [
          {
            message: `Malformed request body: ${(error as Error).message}`,
            extensions: { code: "BAD_REQUEST" },
          },
        ],
      }),
    );
    return;
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method ?? "GET",
      headers: toHeaderMap(request),
      search: url.search,
      body,
    },
    context: () => options.createContext(request),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** A listening HTTP server and how to reach and stop it. */
export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves GraphQL at `/graphql` (with Apollo Sandbox on GET from a browser) and `GET /health`
 * on a plain Node HTTP server. Port 0 picks a free port, which tests use.
 */
export async function listen<TContext extends BaseContext>(
  options: HttpOptions<TContext>,
  port: number,
  host = "0.0.0.0",
): Promise<RunningServer> {
  const server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    });
  });
  // Keep-alive connections from the gateway are reused; closeAllConnections ends them on stop.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    url: `http://localhost:${actualPort}${options.path ?? "/graphql"}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
