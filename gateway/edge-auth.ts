import type { IncomingHttpHeaders } from "node:http";
import { decodeJwt } from "jose";
import {
  checkLifetime,
  readLifetimeRules,
  unauthenticated,
  type LifetimeRules,
} from "../subgraphs/shared/auth/lifetime";
import type { Principal } from "../subgraphs/shared/auth/principal";
import { bearerToken } from "../subgraphs/shared/auth/subgraph-auth";
import { createVerifiedTokens } from "../subgraphs/shared/auth/verified-tokens";
import type { Env } from "../subgraphs/shared/env";
import {
  createOidcVerifier,
  principalOfAccessToken,
  readOidcSettings,
  type OidcSettings,
} from "./oidc";
import { describeAuth, loadAuthSettings, type AuthSettings } from "./service-token-settings";
import { verifyToken } from "./service-tokens";

/**
 * What the gateway accepts from callers: people's access tokens from the OpenID Connect
 * provider, and service tokens (`npm run token`) for machines and scripts. Neither ever
 * reaches a subgraph.
 */
export interface EdgeAuth {
  service: AuthSettings;
  oidc?: OidcSettings;
  rules: LifetimeRules;
}

/** Reads the service-token settings (`AUTH_*`), the `OIDC_*` ones and the lifetime rules. */
export function loadEdgeAuth(env: Env = process.env): EdgeAuth {
  return {
    service: loadAuthSettings(env),
    oidc: readOidcSettings(env),
    rules: readLifetimeRules(env),
  };
}

/** Lines for the start-up log saying which credentials the gateway accepts. */
export function describeEdgeAuth(edge: EdgeAuth): string[] {
  return [
    describeAuth(edge.service).replace("credentials:", "service tokens:"),
    edge.oidc
      ? `sign-in: OpenID Connect, issuer ${edge.oidc.issuer}`
      : "sign-in: none (OIDC_ISSUER not set)",
  ];
}

/** Verifies a caller's credential, whichever kind it is; anonymous callers get null. */
export type CallerVerifier = (headers: IncomingHttpHeaders) => Promise<Principal | null>;

/**
 * Chooses the verifier by the token's issuer (a token verified before is known until it
 * expires, see verified-tokens.ts): the provider's tokens are checked against its
 * keys, anything else as a service token. A token minted for a subgraph names the gateway's
 * own issuer and a subgraph's audience, so it fails both and is UNAUTHENTICATED here.
 */
export function createCallerVerifier(edge: EdgeAuth): CallerVerifier {
  const oidc = edge.oidc ? createOidcVerifier(edge.oidc) : undefined;
  const verified = createVerifiedTokens();
  const verifyAfresh = async (token: string) => {
    let claims: { iss?: unknown; exp?: number };
    try {
      claims = decodeJwt(token);
    } catch {
      throw unauthenticated("not a JWT");
    }
    if (oidc && edge.oidc && claims.iss === edge.oidc.issuer) {
      const payload = await oidc(token, edge.rules.clockSkewSeconds);
      checkLifetime(payload, edge.rules);
      return { principal: principalOfAccessToken(edge.oidc, payload), exp: payload.exp! };
    }
    return { principal: verifyToken(edge.service, token, edge.rules), exp: claims.exp! };
  };
  return async (headers) => {
    const token = bearerToken(headers);
    return token === undefined ? null : verified.verify(token, () => verifyAfresh(token));
  };
}
