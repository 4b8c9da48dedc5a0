import { readPositiveInt, readTimeoutMs, type Env } from "./env";

/** How much one HTTP exchange may carry, and how long a stopping process waits for its requests. */
export interface HttpLimits {
  /** The largest request body accepted, in bytes; a larger one gets HTTP 413. */
  maxBodyBytes: number;
  /** The largest response sent, in bytes; a larger result is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** How long, after SIGTERM, in-flight responses may take to finish before connections are cut. */
  shutdownGraceMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 1024 * 1024,
  maxResponseBytes: 10 * 1024 * 1024,
  shutdownGraceMs: 10_000,
};

/** Reads `MAX_BODY_BYTES`, `MAX_RESPONSE_BYTES` and `SHUTDOWN_GRACE_MS`; each defaults as above. */
export function loadHttpLimits(env: Env): HttpLimits {
  return {
    maxBodyBytes: readPositiveInt(env, "MAX_BODY_BYTES", DEFAULT_HTTP_LIMITS.maxBodyBytes),
    maxResponseBytes: readPositiveInt(
      env,
      "MAX_RESPONSE_BYTES",
      DEFAULT_HTTP_LIMITS.maxResponseBytes,
    ),
    shutdownGraceMs: readTimeoutMs(env, "SHUTDOWN_GRACE_MS", DEFAULT_HTTP_LIMITS.shutdownGraceMs),
  };
}
