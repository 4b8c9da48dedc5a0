import type { IncomingHttpHeaders } from "node:http";
import { errors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { ConfigError, readOptional, readUrl, type Env } from "../env";
import { checkLifetime, readLifetimeRules, unauthenticated, type LifetimeRules } from "./lifetime";
import {
  DEVELOPMENT_GATEWAY_JWKS,
  GATEWAY_ALGORITHMS,
  GATEWAY_ISSUER,
  principalOfClaims,
  SUBGRAPH_TOKEN_MAX_LIFETIME_SECONDS,
} from "./gateway-tokens";
import { checkKeyUrl, keyResolver, type KeySource } from "./key-sources";
import { createVerifiedTokens, type VerifiedTokens } from "./verified-tokens";
import type { Principal } from "./principal";

/**
 * How a subgraph checks who is calling: only tokens the gateway minted for it (issuer
 * GATEWAY_ISSUER, audience its own name), verified with the gateway's public keys. A subgraph
 * holds nothing that can sign.
 */
export interface SubgraphAuth {
  /** The subgraph's name: the only audience it accepts. */
  audience: string;
  keys: JWTVerifyGetKey;
  /** Where the keys come from, for the start-up log. */
  source: KeySource;
  /** True while the public development key is trusted (then the process listens on loopback). */
  development: boolean;
  rules: LifetimeRules;
  /** Where the subgraph exchanges its caller's token for one to call another subgraph with. */
  exchange: TokenExchangeSettings;
  /** Tokens already verified, until they expire (see verified-tokens.ts). */
  verified: VerifiedTokens;
}

/** How a subgraph authenticates itself to the gateway's token endpoint (RFC 8693 exchange). */
export interface TokenExchangeSettings {
  /** The gateway's base URL (`GATEWAY_URL`); the endpoint is `<GATEWAY_URL>/oauth/token`. */
  gatewayUrl: string;
  clientId: string;
  /** `SUBGRAPH_CLIENT_SECRET`; absent when the subgraph may not call others for a caller. */
  clientSecret?: string;
}

/** The client secret every subgraph has in development; the gateway accepts it only there. */
export function developmentClientSecret(name: string): string {
  return `development-client-secret-${name}`;
}

/** Variables that hold signing material; a production subgraph refuses to start with any. */
const SIGNING_VARIABLES = ["AUTH_JWT_SECRET", "AUTH_PRIVATE_KEY_FILE", "GATEWAY_SIGNING_KEYS_FILE"];

function readKeySource(env: Env, production: boolean): KeySource {
  const url = readOptional(env, "GATEWAY_JWKS_URL");
  const file = readOptional(env, "GATEWAY_JWKS_FILE");
  if (url !== undefined) return { kind: "url", url: checkKeyUrl("GATEWAY_JWKS_URL", url) };
  if (file !== undefined) return { kind: "file", path: file };
  if (production)
    throw new ConfigError(
      "NODE_ENV=production needs the gateway's public keys: set GATEWAY_JWKS_URL (https, or http to this machine) or GATEWAY_JWKS_FILE",
    );
  return { kind: "fixed", jwks: DEVELOPMENT_GATEWAY_JWKS };
}

/**
 * A subgraph's credential settings: `GATEWAY_JWKS_URL` or `GATEWAY_JWKS_FILE` (the gateway's
 * public keys; the development key when neither is set, refused in production), `GATEWAY_URL`
 * and `SUBGRAPH_CLIENT_SECRET` for calls to other subgraphs, and the lifetime rules. Production
 * refuses a subgraph whose environment holds signing material (`AUTH_JWT_SECRET`, ...): a
 * centre's host must never be able to mint credentials.
 */
export function loadSubgraphAuth(name: string, env: Env = process.env): SubgraphAuth {
  const production = env.NODE_ENV === "production";
  if (production) {
    const held = SIGNING_VARIABLES.filter((variable) => readOptional(env, variable) !== undefined);
    if (held.length > 0)
      throw new ConfigError(
        `a subgraph must hold no signing material, but ${held.join(", ")} is set: only the gateway signs (subgraphs verify with GATEWAY_JWKS_URL)`,
      );
  }
  const source = readKeySource(env, production);
  const secret = readOptional(env, "SUBGRAPH_CLIENT_SECRET");
  return {
    audience: name,
    source,
    keys: keyResolver(source),
    development: source.kind === "fixed",
    rules: {
      ...readLifetimeRules(env),
      maxLifetimeSeconds: SUBGRAPH_TOKEN_MAX_LIFETIME_SECONDS,
    },
    verified: createVerifiedTokens(),
    exchange: {
      gatewayUrl: readUrl(env, "GATEWAY_URL", "http://localhost:4000"),
      clientId: name,
      clientSecret: secret ?? (production ? undefined : developmentClientSecret(name)),
    },
  };
}

/** A line for the start-up log saying whose tokens the subgraph accepts. */
export function describeSubgraphAuth(auth: SubgraphAuth): string {
  const where =
    auth.source.kind === "url"
      ? auth.source.url
      : auth.source.kind === "file"
        ? auth.source.path
        : "the DEVELOPMENT key (configure GATEWAY_JWKS_URL outside development)";
  return `credentials: gateway tokens for audience "${auth.audience}", keys from ${where}`;
}

/** The bearer token of a request, or undefined when it sends none. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (header === undefined || header === "") return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw unauthenticated("expected an Authorization header of the form 'Bearer <token>'");
  return match[1];
}

/**
 * Verifies a subgraph token: signature, issuer, this audience, lifetime and claims; a token
 * verified before is known until it expires.
 */
export function verifySubgraphToken(auth: SubgraphAuth, token: string): Promise<Principal> {
  return auth.verified.verify(token, async () => {
    const payload = await verifiedPayload(auth, token);
    return { principal: principalOfClaims(payload), exp: payload.exp! };
  });
}

async function verifiedPayload(auth: SubgraphAuth, token: string) {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, auth.keys, {
      issuer: GATEWAY_ISSUER,
      audience: auth.audience,
      algorithms: GATEWAY_ALGORITHMS,
      clockTolerance: auth.rules.clockSkewSeconds,
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) throw unauthenticated(reasonOf(error));
    throw error;
  }
  checkLifetime(payload, auth.rules);
  return payload;
}

function reasonOf(error: InstanceType<typeof errors.JOSEError>): string {
  if (error instanceof errors.JWTExpired) return "it expired";
  if (error instanceof errors.JWTClaimValidationFailed)
    return `claim "${error.claim}" is not accepted here (${error.reason})`;
  if (error instanceof errors.JWKSNoMatchingKey) return "no gateway key matches it";
  return error.message;
}

/**
 * The principal of a request to a subgraph, or null when it carries no credential. Only a
 * gateway token for this subgraph counts: a caller's own credential, or a token minted for
 * another subgraph, is UNAUTHENTICATED here.
 */
export async function subgraphPrincipal(
  auth: SubgraphAuth,
  headers: IncomingHttpHeaders,
): Promise<Principal | null> {
  const token = bearerToken(headers);
  return token === undefined ? null : verifySubgraphToken(auth, token);
}
