import { ConfigError, readPositiveInt, readTimeoutMs, type Env } from "./env";

/** How much one HTTP exchange may carry, and how long a stopping process waits for its requests. */
export interface HttpLimits {
  /** The largest request body accepted, in bytes; a larger one gets HTTP 413. */
  maxBodyBytes: number;
  /** The largest response sent, in bytes; a larger result is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** How long, after SIGTERM, in-flight responses may take to finish before connections are cut. */
  shutdownGraceMs: number;
  /**
   * How long, after SIGTERM, a process keeps serving while `GET /ready` answers 503, before it
   * drains: long enough for a load balancer's health checks to take it out of rotation (its
   * check interval times its fall count), so no new request meets a closed port. 0 on a laptop.
   */
  shutdownDelayMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 1024 * 1024,
  maxResponseBytes: 10 * 1024 * 1024,
  shutdownGraceMs: 10_000,
  shutdownDelayMs: 0,
};

/** A delay that may be 0 (off): a whole number of milliseconds a Node timer can hold. */
function readDelayMs(env: Env, name: string, fallback: number): number {
  if (env[name] === "0") return 0;
  if (env[name] !== undefined && env[name] !== "" && !/^\d+$/.test(env[name]!))
    throw new ConfigError(
      `${name} must be a whole number of milliseconds (0 or more), got "${env[name]}"`,
    );
  return readTimeoutMs(env, name, fallback);
}

/**
 * Reads `MAX_BODY_BYTES`, `MAX_RESPONSE_BYTES`, `SHUTDOWN_GRACE_MS` and `SHUTDOWN_DELAY_MS`; each
 * defaults as above.
 */
export function loadHttpLimits(env: Env): HttpLimits {
  return {
    maxBodyBytes: readPositiveInt(env, "MAX_BODY_BYTES", DEFAULT_HTTP_LIMITS.maxBodyBytes),
    maxResponseBytes: readPositiveInt(
      env,
      "MAX_RESPONSE_BYTES",
      DEFAULT_HTTP_LIMITS.maxResponseBytes,
    ),
    shutdownGraceMs: readTimeoutMs(env, "SHUTDOWN_GRACE_MS", DEFAULT_HTTP_LIMITS.shutdownGraceMs),
    shutdownDelayMs: readDelayMs(env, "SHUTDOWN_DELAY_MS", DEFAULT_HTTP_LIMITS.shutdownDelayMs),
  };
}
