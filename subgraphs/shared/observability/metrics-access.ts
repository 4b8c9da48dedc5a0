import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, readOptional, readPort, type Env } from "../env";
import type { Observability } from "./index";
import { metricsText } from "./cluster-metrics";

/**
 * Who may read `GET /metrics`. The metrics name every operation, subgraph, limit and error code
 * a process has seen, and their rates; they are for the operator's Prometheus, not the public:
 *
 * - `METRICS_PORT` (or `<SERVICE>_METRICS_PORT`, e.g. `EVENTS_METRICS_PORT`, when the processes
 *   share one environment, as under `npm start`): /metrics is served on that port only, which a
 *   firewall or a Kubernetes network policy keeps private; the public port answers 404.
 * - `METRICS_TOKEN` (16+ characters): /metrics asks for `Authorization: Bearer <token>`, on
 *   whichever port serves it.
 * - Neither, under NODE_ENV=production: /metrics is not served (404 saying what to set).
 *   Outside production it is open on the public port, as a developer expects.
 */
export interface MetricsAccessSettings {
  token?: string;
  port?: number;
  /** `<SERVICE>_METRICS_PORT` by upper-case service name. */
  portByService: Record<string, number>;
  production: boolean;
}

/** How one process serves its metrics (MetricsAccessSettings resolved for its service). */
export interface MetricsExposure {
  token?: string;
  /** The port of its own /metrics is served on; the public port does not serve it. */
  port?: number;
  production: boolean;
}

/** What a process without settings (a test) does: /metrics open on the public port. */
export const OPEN_METRICS: MetricsExposure = { production: false };

const MIN_TOKEN_LENGTH = 16;

/** Reads `METRICS_TOKEN`, `METRICS_PORT`, every `<SERVICE>_METRICS_PORT` and `NODE_ENV`. */
export function readMetricsAccess(env: Env): MetricsAccessSettings {
  const token = readOptional(env, "METRICS_TOKEN");
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH)
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters, got ${token.length}`,
    );
  const portByService: Record<string, number> = {};
  for (const name of Object.keys(env)) {
    const service = /^([A-Z][A-Z0-9]*)_METRICS_PORT$/.exec(name)?.[1];
    if (service && readOptional(env, name)) portByService[service] = readPort(env, name, 0);
  }
  return {
    token,
    port: readOptional(env, "METRICS_PORT") ? readPort(env, "METRICS_PORT", 0) : undefined,
    portByService,
    production: env.NODE_ENV === "production",
  };
}

/** The exposure of the process named `service` (`gateway`, `events`, …). */
export function metricsExposureFor(
  service: string,
  settings: MetricsAccessSettings | undefined,
): MetricsExposure {
  if (!settings) return OPEN_METRICS;
  const port = settings.portByService[service.toUpperCase()] ?? settings.port;
  return { token: settings.token, port, production: settings.production };
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** True when the request carries the token; compared in constant time. */
function hasToken(request: IncomingMessage, token: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(presented), digest(token));
}

function answerText(response: ServerResponse, status: number, text: string, headers = {}) {
  response.writeHead(status, {
    ...headers,
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * `GET /metrics`: the server's registry in Prometheus's text format, to a caller the exposure
 * lets in. `ownPort` tells whether the request came to the metrics port.
 */
export async function answerMetrics(
  observability: Observability,
  request: IncomingMessage,
  response: ServerResponse,
  ownPort: boolean,
): Promise<void> {
  const { token, port, production } = observability.metricsExposure;
  if (!ownPort && port !== undefined) return answerText(response, 404, "Not found\n");
  if (!token && production && !ownPort)
    return answerText(
      response,
      404,
      "Not found: under NODE_ENV=production /metrics is served with METRICS_PORT or METRICS_TOKEN\n",
    );
  if (token && !hasToken(request, token))
    return answerText(response, 401, "/metrics needs the METRICS_TOKEN bearer token\n", {
      "www-authenticate": 'Bearer realm="metrics"',
    });
  const { registry } = observability.metrics;
  const text = await metricsText(registry);
  response.writeHead(200, {
    "content-type": registry.contentType,
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

/** A metrics listener of its own: its port and how to stop it. */
export interface MetricsServer {
  port: number;
  close: () => Promise<void>;
}

/**
 * Listens on the exposure's metrics port, when it has one, serving `GET /metrics` only (port 0
 * picks a free one, which tests use). Undefined when metrics share the public port.
 */
export async function listenMetrics(
  observability: Observability,
  host: string,
): Promise<MetricsServer | undefined> {
  const { port } = observability.metricsExposure;
  if (port === undefined) return undefined;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== "/metrics" || (request.method !== "GET" && request.method !== "HEAD"))
      return answerText(response, 404, "Not found: this port serves GET /metrics only\n");
    answerMetrics(observability, request, response, true).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
