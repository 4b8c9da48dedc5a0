import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type HTTPGraphQLResponse,
} from "@apollo/server";
import { corsHandler, type CorsSettings } from "./cors";
import { maskInternalError } from "./error-masking";
import { answerClientError } from "./http-client-error";
import { createDrain, type Drain } from "./http-drain";
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from "./http-limits";
import { graphQLErrorBody, noStoreForCredentials, sendJson } from "./http-reply";
import type { Observability } from "./observability";
import { answerMetrics, listenMetrics } from "./observability/metrics-access";
import { currentObservation, noteErrorCode, observeRequest } from "./observability/request";
import type { ReadinessCheck } from "./readiness";
import { declaredTooLarge, PayloadTooLargeError, readBody, refuseBody } from "./request-body";
import { currentRequestId, requestIdFromHeaders, withRequestId } from "./request-id";
import { recordingChanges } from "./invalidation";

/** What the HTTP layer asks of a process: a GraphQL server and whether it is ready. */
export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  createContext: (request: IncomingMessage) => Promise<TContext>;
  /** `GET /health` answers 200 while this returns true, 503 otherwise. */
  isReady?: () => boolean;
  /**
   * `GET /ready` answers 200 when this reports ready (and the process is up and not draining),
   * 503 with its details otherwise; ready whenever `/health` is when left out.
   */
  readiness?: ReadinessCheck;
  /** Browser origins allowed to call with credentials (see cors.ts); no CORS headers when left out. */
  cors?: CorsSettings;
  path?: string;
  /** Body and response sizes and the shutdown grace; DEFAULT_HTTP_LIMITS for what is left out. */
  limits?: Partial<HttpLimits>;
  /**
   * The server's logger, metrics and tracer: every GraphQL request is logged, counted and traced,
   * and `GET /metrics` answers in Prometheus's text format. Neither when left out.
   */
  observability?: Observability;
  /**
   * Further routes, asked before the "not found" answer: each answers a path it serves and
   * returns true, or returns false (the gateway serves the dashboard's files this way).
   */
  routes?: ((request: IncomingMessage, response: ServerResponse, url: URL) => boolean)[];
  /** Log the records each request's writes change, for its answer (invalidation.ts): subgraphs. */
  logChanges?: boolean;
}

interface Handler<TContext extends BaseContext> extends HttpOptions<TContext> {
  limits: HttpLimits;
  drain: Drain;
  /** Adds CORS headers and answers preflights; resolves to true when it answered. */
  applyCors?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
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

function answerHealth<TContext extends BaseContext>(
  handler: Handler<TContext>,
  response: ServerResponse,
): void {
  const status = handler.drain.draining
    ? "draining"
    : (handler.isReady?.() ?? true)
      ? "ok"
      : "starting";
  sendJson(response, status === "ok" ? 200 : 503, JSON.stringify({ status }));
}

/**
 * `GET /ready`: 503 while starting, stopping (told SIGTERM, still serving for SHUTDOWN_DELAY_MS)
 * or draining, else what the readiness check reports, with its
 * details (the database, or which subgraphs have not answered) in the body.
 */
async function answerReady<TContext extends BaseContext>(
  handler: Handler<TContext>,
  response: ServerResponse,
): Promise<void> {
  if (handler.drain.draining || !(handler.isReady?.() ?? true))
    return answerHealth(handler, response);
  if (handler.drain.leaving) return sendJson(response, 503, JSON.stringify({ status: "stopping" }));
  const report = (await handler.readiness?.()) ?? { ready: true, details: {} };
  const body = { status: report.ready ? "ready" : "not ready", ...report.details };
  sendJson(response, report.ready ? 200 : 503, JSON.stringify(body));
}

/**
 * Sends Apollo's result. A body over `maxResponseBytes` is not sent: the client gets a
 * RESPONSE_TOO_LARGE error instead, with the status Apollo chose, so a gateway reading a
 * subgraph passes that error on like any other.
 */
async function sendResult(
  response: ServerResponse,
  result: HTTPGraphQLResponse,
  maxResponseBytes: number,
): Promise<void> {
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    // Encoded once: measuring the string, then measuring and encoding it again to write it, was
    // 6% of the gateway's CPU on an 80 KB answer (a --cpu-prof of the heavy workload).
    let body = Buffer.from(result.body.string);
    const size = body.length;
    if (size > maxResponseBytes) {
      noteErrorCode(currentObservation(), "RESPONSE_TOO_LARGE");
      body = Buffer.from(
        graphQLErrorBody(
          "RESPONSE_TOO_LARGE",
          `The response (${size} bytes) is larger than the limit of ${maxResponseBytes} bytes (MAX_RESPONSE_BYTES); ask for fewer fields or a smaller page`,
          { limit: maxResponseBytes, size },
        ),
      );
    }
    response.setHeader("content-length", String(body.length));
    response.end(body);
    return;
  }
  // Incremental delivery (@defer) needs graphql 17 and is not enabled, so this path is unused.
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

async function answerGraphQL<TContext extends BaseContext>(
  handler: Handler<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const tooLarge = declaredTooLarge(request, handler.limits.maxBodyBytes);
  if (tooLarge) return refuseBody(request, response, tooLarge);
  let body: unknown;
  try {
    body = parseBody(
      await readBody(request, handler.limits.maxBodyBytes),
      request.headers["content-type"],
    );
  } catch (error) {
    if (error instanceof PayloadTooLargeError) return refuseBody(request, response, error);
    const message = `Malformed request body: ${(error as Error).message}`;
    return sendJson(response, 400, graphQLErrorBody("BAD_REQUEST", message));
  }
  const execute = () =>
    handler.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method ?? "GET",
        headers: toHeaderMap(request),
        search: url.search,
        body,
      },
      context: () => handler.createContext(request),
    });
  // In a subgraph the records its writes change are logged for the response (invalidation.ts).
  const result = await (handler.logChanges ? recordingChanges(execute) : execute());
  await sendResult(response, result, handler.limits.maxResponseBytes);
}

async function handle<TContext extends BaseContext>(
  handler: Handler<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (handler.applyCors && (await handler.applyCors(request, response))) return;
  if (url.pathname === "/health") return answerHealth(handler, response);
  if (url.pathname === "/ready") return answerReady(handler, response);
  if (url.pathname === "/metrics" && handler.observability)
    return answerMetrics(handler.observability, request, response, false);
  if (handler.routes?.some((route) => route(request, response, url))) return;
  if (url.pathname !== (handler.path ?? "/graphql")) {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("Not found: GraphQL is served at /graphql\n");
    return;
  }
  if (!handler.observability) return answerGraphQL(handler, request, response, url);
  await observeRequest(handler.observability, request, response, currentRequestId()!, () =>
    answerGraphQL(handler, request, response, url),
  );
}

/**
 * Every request gets an id (a sane incoming `x-request-id`, or a new one), returned in the
 * `x-request-id` header and current while it is handled, so a masked error and its log line
 * carry the same id. A failure outside Apollo is masked the same way.
 */
function serve<TContext extends BaseContext>(handler: Handler<TContext>) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const requestId = requestIdFromHeaders(request.headers);
    response.setHeader("x-request-id", requestId);
    noStoreForCredentials(request, response);
    withRequestId(requestId, () =>
      handle(handler, request, response).catch((error: unknown) => {
        const masked = maskInternalError({ message: (error as Error).message }, error);
        if (response.headersSent) response.destroy();
        else sendJson(response, 500, JSON.stringify({ errors: [masked] }));
      }),
    );
  };
}

/** A listening HTTP server and how to reach and stop it. */
export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /** The port of its own that serves `/metrics`, when METRICS_PORT gave one (metrics-access.ts). */
  metricsPort?: number;
  /** How long `close` lets in-flight responses run, in milliseconds. */
  shutdownGraceMs: number;
  /** How long a stopping process serves after `leave`, before `close` (SHUTDOWN_DELAY_MS). */
  shutdownDelayMs: number;
  /** Answers `GET /ready` with 503 from now on while serving everything else (see Drain). */
  leave: () => void;
  /** Drains: no new connections, in-flight responses finish (up to the grace), then closed. */
  close: () => Promise<void>;
}

/**
 * Serves GraphQL at `/graphql` (with Apollo Sandbox on GET from a browser), `GET /health`
 * (live) and `GET /ready` (ready for traffic) on a plain Node HTTP server, with CORS headers for
 * the allowed origins when `cors` is given. Port 0 picks a free port, which tests use.
 */
export async function listen<TContext extends BaseContext>(
  options: HttpOptions<TContext>,
  port: number,
  host = "0.0.0.0",
): Promise<RunningServer> {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const server = createServer();
  const handler: Handler<TContext> = {
    ...options,
    limits,
    drain: createDrain(server, limits.shutdownGraceMs),
    applyCors: options.cors && corsHandler(options.cors),
  };
  server.on("request", serve(handler));
  // A client that waits for "100 Continue" before a body the server would refuse is answered
  // 413 at once and never sends it.
  server.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => {
    if (!declaredTooLarge(request, limits.maxBodyBytes)) response.writeContinue();
    server.emit("request", request, response);
  });
  server.on("clientError", answerClientError);
  // Keep-alive connections from the gateway are reused; draining closes them as they go idle.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  let metrics: Awaited<ReturnType<typeof listenMetrics>>;
  try {
    metrics = options.observability && (await listenMetrics(options.observability, host));
  } catch (error) {
    // A metrics port that is taken stops the start; the public port must not stay open.
    server.close();
    throw error;
  }
  if (metrics)
    options.observability?.logger.info(`metrics served at http://${host}:${metrics.port}/metrics`);
  return {
    server,
    port: actualPort,
    url: `http://localhost:${actualPort}${options.path ?? "/graphql"}`,
    metricsPort: metrics?.port,
    shutdownGraceMs: limits.shutdownGraceMs,
    shutdownDelayMs: limits.shutdownDelayMs,
    leave: handler.drain.leave,
    close: async () => {
      await Promise.all([handler.drain.close(), metrics?.close()]);
    },
  };
}
