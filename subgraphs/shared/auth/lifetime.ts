import { ConfigError, readPositiveInt, type Env } from "../env";
import { codedError } from "../errors";

/**
 * How long a credential may live and how far clocks may disagree. A token is refused when it
 * was issued in the future (beyond the skew), has no expiry or issue time, or was issued for
 * longer than the maximum: a stolen token with `exp: 1e308` is worth nothing.
 */
export interface LifetimeRules {
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

/** One day: the longest a caller's credential (a service token, a sign-in) may be issued for. */
export const DEFAULT_MAX_LIFETIME_SECONDS = 86_400;
/** A minute of disagreement between the clocks of the issuer and this process. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;
/** The upper bound of `AUTH_MAX_TOKEN_LIFETIME_SECONDS`: thirty days. */
const LONGEST_LIFETIME_SECONDS = 30 * 86_400;

/** UNAUTHENTICATED with the reason, HTTP 401: what every refused credential answers. */
export function unauthenticated(reason: string) {
  return codedError("UNAUTHENTICATED", `Invalid credential: ${reason}.`, 401);
}

/**
 * Reads `AUTH_MAX_TOKEN_LIFETIME_SECONDS` (default one day, at most thirty) and
 * `AUTH_CLOCK_SKEW_SECONDS` (default 60, at most 300).
 */
export function readLifetimeRules(env: Env): LifetimeRules {
  const maxLifetimeSeconds = readPositiveInt(
    env,
    "AUTH_MAX_TOKEN_LIFETIME_SECONDS",
    DEFAULT_MAX_LIFETIME_SECONDS,
  );
  if (maxLifetimeSeconds > LONGEST_LIFETIME_SECONDS)
    throw new ConfigError(
      `AUTH_MAX_TOKEN_LIFETIME_SECONDS must be at most ${LONGEST_LIFETIME_SECONDS}, got ${maxLifetimeSeconds}`,
    );
  const clockSkewSeconds = readPositiveInt(
    env,
    "AUTH_CLOCK_SKEW_SECONDS",
    DEFAULT_CLOCK_SKEW_SECONDS,
  );
  if (clockSkewSeconds > 300)
    throw new ConfigError(`AUTH_CLOCK_SKEW_SECONDS must be at most 300, got ${clockSkewSeconds}`);
  return { maxLifetimeSeconds, clockSkewSeconds };
}

/** The claims a lifetime is judged by, as a verified JWT carries them. */
export interface TimedClaims {
  iat?: unknown;
  exp?: unknown;
}

/**
 * Refuses a credential whose times are not believable: no `iat` or `exp`, issued in the future,
 * or valid for longer than the rules allow. Expiry itself is checked by the JWT library.
 */
export function checkLifetime(
  claims: TimedClaims,
  rules: LifetimeRules,
  nowSeconds = Math.floor(Date.now() / 1000),
): void {
  const { iat, exp } = claims;
  if (typeof exp !== "number" || !Number.isFinite(exp)) throw unauthenticated("no expiry");
  if (typeof iat !== "number" || !Number.isFinite(iat)) throw unauthenticated("no issue time");
  if (iat > nowSeconds + rules.clockSkewSeconds)
    throw unauthenticated("it was issued in the future");
  if (exp - iat > rules.maxLifetimeSeconds)
    throw unauthenticated(
      `it was issued for ${exp - iat} s, longer than the ${rules.maxLifetimeSeconds} s allowed`,
    );
}
