import { readFileSync } from "node:fs";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from "jose";
import { ConfigError } from "../env";
import { isLoopbackHost } from "../posture";

/**
 * Where a verifier finds the public keys of an issuer: a JWKS URL (fetched, cached, fetched
 * again when a token names a key it does not know, which is how a rotated key is learnt), a
 * JWKS file (read again in the same case), or a fixed set.
 */
export type KeySource =
  | { kind: "url"; url: string }
  | { kind: "file"; path: string }
  | { kind: "fixed"; jwks: JSONWebKeySet };

/** How long fetched keys are trusted before asking again, and the least time between asks. */
export interface KeyCaching {
  cacheMaxAgeMs: number;
  cooldownMs: number;
}

export const DEFAULT_KEY_CACHING: KeyCaching = { cacheMaxAgeMs: 10 * 60_000, cooldownMs: 5_000 };

/**
 * Refuses a key URL that an attacker on the network could answer: plain HTTP is accepted only
 * to this machine (a gateway on the same host, or a test).
 */
export function checkKeyUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}"`);
  }
  if (url.protocol === "https:") return value;
  if (url.protocol === "http:" && isLoopbackHost(url.hostname.replace(/^\[|\]$/g, "")))
    return value;
  throw new ConfigError(
    `${name} must be an https:// URL (plain http is allowed only to this machine), got "${value}": keys fetched over plain HTTP from another host can be replaced on the way`,
  );
}

function readJwksFile(path: string): JSONWebKeySet {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as JSONWebKeySet;
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0)
    throw new ConfigError(`${path} holds no "keys"`);
  return parsed;
}

/**
 * A JWKS file, read again when a token names a key it lacks (at most once per cooldown), so a
 * key added to the file during a rotation is used without a restart.
 */
function fileKeys(path: string, cooldownMs: number): JWTVerifyGetKey {
  let keys = createLocalJWKSet(readJwksFile(path));
  let readAt = Date.now();
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (Date.now() - readAt < cooldownMs) throw error;
      keys = createLocalJWKSet(readJwksFile(path));
      readAt = Date.now();
      return keys(header, token);
    }
  };
}

/** The key resolver of a source, for jose's `jwtVerify`. */
export function keyResolver(
  source: KeySource,
  caching: KeyCaching = DEFAULT_KEY_CACHING,
): JWTVerifyGetKey {
  if (source.kind === "fixed") return createLocalJWKSet(source.jwks);
  if (source.kind === "file") return fileKeys(source.path, caching.cooldownMs);
  return createRemoteJWKSet(new URL(source.url), {
    cacheMaxAge: caching.cacheMaxAgeMs,
    cooldownDuration: caching.cooldownMs,
    timeoutDuration: 5_000,
  });
}
