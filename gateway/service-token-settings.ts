import { createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { ConfigError, readOptional, type Env } from "../subgraphs/shared/env";

/** A development-only signing secret, used when no key is configured outside production. */
export const DEVELOPMENT_SECRET = "ngo-resource-graph-development-secret-do-not-use-in-production";
export const TOKEN_ISSUER = "ngo-resource-graph";
export const TOKEN_AUDIENCE = "ngo-resource-graph";

/**
 * How credentials are verified (and, where a private key or secret is present, signed):
 * HS256 with a shared secret, or RS256 with a public key (PEM) or a JWKS file.
 */
export type AuthSettings =
  | { algorithm: "HS256"; secret: string; development: boolean }
  | { algorithm: "RS256"; publicKeys: Map<string | undefined, KeyObject>; privateKey?: string };

function readFileVariable(env: Env, name: string): string | undefined {
  const path = readOptional(env, name);
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(
      `${name} names a file that cannot be read: "${path}" (${(error as Error).message})`,
    );
  }
}

function jwksKeys(json: string, name: string): Map<string | undefined, KeyObject> {
  const parsed = JSON.parse(json) as { keys?: ({ kid?: string } & Record<string, unknown>)[] };
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0)
    throw new ConfigError(`${name} holds no "keys"`);
  return new Map(
    parsed.keys.map((jwk) => [jwk.kid, createPublicKey({ key: jwk as never, format: "jwk" })]),
  );
}

/**
 * Reads `AUTH_JWT_SECRET` (HS256), or `AUTH_PUBLIC_KEY_FILE` / `AUTH_JWKS_FILE` (RS256, with
 * `AUTH_PRIVATE_KEY_FILE` to sign tokens). With none set, development uses a fixed secret and
 * says so; with `NODE_ENV=production` that is refused.
 */
export function loadAuthSettings(env: Env = process.env): AuthSettings {
  const secret = readOptional(env, "AUTH_JWT_SECRET");
  const publicPem = readFileVariable(env, "AUTH_PUBLIC_KEY_FILE");
  const jwks = readFileVariable(env, "AUTH_JWKS_FILE");
  if (publicPem || jwks) {
    const publicKeys = jwks
      ? jwksKeys(jwks, "AUTH_JWKS_FILE")
      : new Map([[undefined, createPublicKey(publicPem!)]]);
    return {
      algorithm: "RS256",
      publicKeys,
      privateKey: readFileVariable(env, "AUTH_PRIVATE_KEY_FILE"),
    };
  }
  if (secret) {
    if (secret.length < 32)
      throw new ConfigError(`AUTH_JWT_SECRET must be at least 32 characters, got ${secret.length}`);
    return { algorithm: "HS256", secret, development: false };
  }
  if (env.NODE_ENV === "production") {
    throw new ConfigError(
      "NODE_ENV=production needs a signing key: set AUTH_JWT_SECRET, AUTH_PUBLIC_KEY_FILE or AUTH_JWKS_FILE",
    );
  }
  return { algorithm: "HS256", secret: DEVELOPMENT_SECRET, development: true };
}

/** A line for the start-up log saying how credentials are checked. */
export function describeAuth(settings: AuthSettings): string {
  if (settings.algorithm === "RS256")
    return `credentials: RS256 JWTs (${settings.publicKeys.size} public key(s))`;
  return settings.development
    ? "credentials: HS256 JWTs signed with the DEVELOPMENT secret (set AUTH_JWT_SECRET outside development)"
    : "credentials: HS256 JWTs with the configured secret";
}
