import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "cors";
import { ConfigError, readOptional, type Env } from "./env";

/** The browser origins allowed to call a process with credentials; none when empty. */
export interface CorsSettings {
  /** Each allowed origin as written in `CORS_ORIGINS` (`:*` standing for any port). */
  origins: string[];
}

/** The development default: dashboards served from this machine, on any port. */
export const DEVELOPMENT_CORS_ORIGINS = ["http://localhost:*", "http://127.0.0.1:*"];

/** Request headers a dashboard may send: GraphQL, credentials, client identity, tracing. */
const ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "apollo-require-preflight",
  "apollographql-client-name",
  "apollographql-client-version",
  "x-request-id",
  "traceparent",
  "tracestate",
];

/** `scheme://host` with an optional `:port` or `:*`, and nothing after it. */
const ORIGIN_PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:]+\])(:(\d{1,5}|\*))?$/i;

function checkOrigin(value: string): string {
  if (!ORIGIN_PATTERN.test(value))
    throw new ConfigError(
      `CORS_ORIGINS must list origins such as https://dashboard.example.org or http://localhost:*, separated by commas (no path, no trailing slash), got "${value}"`,
    );
  return value.toLowerCase();
}

/**
 * `CORS_ORIGINS`: comma-separated origins allowed to call with credentials, `:*` for any port,
 * or `none`. By default none under NODE_ENV=production, where every allowed origin should be
 * named on purpose, and any port of localhost and 127.0.0.1 otherwise.
 */
export function readCorsSettings(env: Env): CorsSettings {
  const raw = readOptional(env, "CORS_ORIGINS");
  if (raw === undefined)
    return { origins: env.NODE_ENV === "production" ? [] : DEVELOPMENT_CORS_ORIGINS };
  if (raw.trim().toLowerCase() === "none") return { origins: [] };
  const origins = raw
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  return { origins: origins.map(checkOrigin) };
}

function originMatcher(pattern: string): (origin: string) => boolean {
  if (!pattern.endsWith(":*")) return (origin) => origin.toLowerCase() === pattern;
  const base = pattern.slice(0, -2);
  return (origin) => {
    const lower = origin.toLowerCase();
    return (
      lower === base || (lower.startsWith(`${base}:`) && /^\d+$/.test(lower.slice(base.length + 1)))
    );
  };
}

/**
 * Adds CORS headers for an allowed origin (through the `cors` package: the origin reflected,
 * credentials allowed, `Vary: Origin`) and answers its preflight with 204. A request from any
 * other origin, or with no origin, gets no CORS headers at all, so a browser refuses to hand the
 * answer to that page; its preflight is still answered 204, without them. Resolves to true when
 * the request has been answered (a preflight) and false when it goes on to be served.
 */
export function corsHandler(
  settings: CorsSettings,
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const matchers = settings.origins.map(originMatcher);
  const allowed = (origin: string | undefined) =>
    origin !== undefined && matchers.some((match) => match(origin));
  const middleware = cors({
    origin: (origin, callback) => callback(null, allowed(origin) ? origin : false),
    credentials: true,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
  });
  return (request, response) =>
    new Promise((resolve, reject) => {
      // The answer depends on the Origin header whether or not it is allowed, so a cache must
      // not serve one origin's answer to another.
      response.setHeader("vary", "Origin");
      middleware(request, response, (error?: unknown) => {
        if (error) return reject(error);
        if (request.method !== "OPTIONS") return resolve(false);
        response.writeHead(204, { "content-length": "0" });
        response.end();
        resolve(true);
      });
      if (response.writableEnded) resolve(true);
    });
}
