import type { IncomingMessage, ServerResponse } from "node:http";
import { createLocalJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import {
  GATEWAY_ALGORITHMS,
  GATEWAY_ISSUER,
  principalOfClaims,
  SUBGRAPH_TOKEN_LIFETIME_SECONDS,
} from "../subgraphs/shared/auth/gateway-tokens";
import { JWT_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT } from "../subgraphs/shared/auth/token-exchange";
import { sendJson } from "../subgraphs/shared/http-reply";
import { readBody } from "../subgraphs/shared/request-body";
import type { TokenMinter } from "./minter";
import type { SigningKeys } from "./signing-keys";
import type { SubgraphClients } from "./subgraph-clients";

/** The path of the token endpoint, where subgraphs exchange tokens (RFC 8693). */
export const TOKEN_PATH = "/oauth/token";
/** The path where the gateway publishes its public keys. */
export const JWKS_PATH = "/.well-known/jwks.json";
/** A token request is a few form fields: anything larger is not one. */
const MAX_TOKEN_REQUEST_BYTES = 16 * 1024;

/** An OAuth error answer (RFC 6749 section 5.2), never cached. */
function oauthError(response: ServerResponse, status: number, error: string, description: string) {
  sendJson(response, status, JSON.stringify({ error, error_description: description }), {
    "cache-control": "no-store",
    ...(status === 401 ? { "www-authenticate": 'Basic realm="subgraphs"' } : {}),
  });
}

/** The client id and secret of HTTP Basic authentication, form-decoded as RFC 6749 says. */
function basicCredentials(request: IncomingMessage): [string, string] | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? "");
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  try {
    return [
      decodeURIComponent(decoded.slice(0, colon)),
      decodeURIComponent(decoded.slice(colon + 1)),
    ];
  } catch {
    return undefined;
  }
}

/** Verifies a token the gateway minted, whatever its audience; the caller checks that. */
function ownTokenVerifier(keys: SigningKeys) {
  let resolver: JWTVerifyGetKey = createLocalJWKSet(keys.jwks());
  keys.onChange(() => (resolver = createLocalJWKSet(keys.jwks())));
  return (token: string) =>
    jwtVerify(token, resolver, { issuer: GATEWAY_ISSUER, algorithms: GATEWAY_ALGORITHMS });
}

async function exchange(
  request: IncomingMessage,
  response: ServerResponse,
  deps: {
    clients: SubgraphClients;
    minter: TokenMinter;
    verify: ReturnType<typeof ownTokenVerifier>;
  },
): Promise<void> {
  const credentials = basicCredentials(request);
  const audiences = credentials && deps.clients.authenticate(...credentials);
  if (!credentials || !audiences)
    return oauthError(response, 401, "invalid_client", "unknown subgraph or wrong client secret");
  const [clientId] = credentials;
  const form = new URLSearchParams(await readBody(request, MAX_TOKEN_REQUEST_BYTES));
  if (form.get("grant_type") !== TOKEN_EXCHANGE_GRANT)
    return oauthError(response, 400, "unsupported_grant_type", `only ${TOKEN_EXCHANGE_GRANT}`);
  const audience = form.get("audience") ?? "";
  if (!audiences.includes(audience))
    return oauthError(response, 400, "invalid_target", `${clientId} may not call "${audience}"`);
  let payload;
  try {
    ({ payload } = await deps.verify(form.get("subject_token") ?? ""));
  } catch (error) {
    return oauthError(response, 400, "invalid_grant", (error as Error).message);
  }
  // A subgraph may trade only a token minted for itself: one it captured elsewhere is useless.
  if (payload.aud !== clientId)
    return oauthError(response, 400, "invalid_grant", `the token was not minted for ${clientId}`);
  const remaining = (payload.exp ?? 0) - Math.floor(Date.now() / 1000);
  const lifetime = Math.min(SUBGRAPH_TOKEN_LIFETIME_SECONDS, remaining);
  if (lifetime <= 0) return oauthError(response, 400, "invalid_grant", "the token expired");
  const token = await deps.minter.mint(principalOfClaims(payload), audience, clientId, lifetime);
  sendJson(
    response,
    200,
    JSON.stringify({
      access_token: token,
      issued_token_type: JWT_TOKEN_TYPE,
      token_type: "Bearer",
      expires_in: lifetime,
    }),
    { "cache-control": "no-store" },
  );
}

/**
 * The gateway's credential routes: its public keys at `/.well-known/jwks.json` (what subgraphs
 * verify with, `GATEWAY_JWKS_URL`), and the token exchange at `/oauth/token`.
 */
export function credentialRoutes(keys: SigningKeys, minter: TokenMinter, clients: SubgraphClients) {
  const verify = ownTokenVerifier(keys);
  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname === JWKS_PATH && (request.method === "GET" || request.method === "HEAD")) {
      // Short enough that a key added for a rotation is seen well before it signs.
      sendJson(response, 200, JSON.stringify(keys.jwks()), { "cache-control": "max-age=60" });
      return true;
    }
    if (url.pathname === TOKEN_PATH) {
      if (request.method !== "POST") {
        oauthError(response, 405, "invalid_request", "use POST");
        return true;
      }
      exchange(request, response, { clients, minter, verify }).catch((error: Error) =>
        oauthError(response, 400, "invalid_request", error.message),
      );
      return true;
    }
    return false;
  };
}
