import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../subgraphs/shared/http-reply";
import type { OidcSettings } from "./oidc";

/** Where the dashboard learns how people sign in. */
export const AUTH_CONFIG_PATH = "/auth/config";

/**
 * `GET /auth/config`: the sign-in provider's issuer, the dashboard's client id and the audience
 * to ask for, or `{ "signIn": null }` when no provider is configured. All of it is public: the
 * dashboard is a public client (authorization code with PKCE, no secret).
 */
export function authConfigRoute(oidc: OidcSettings | undefined) {
  const body = JSON.stringify({
    signIn: oidc ? { issuer: oidc.issuer, clientId: oidc.clientId, audience: oidc.audience } : null,
  });
  return (request: IncomingMessage, response: ServerResponse, url: URL): boolean => {
    if (url.pathname !== AUTH_CONFIG_PATH || request.method !== "GET") return false;
    sendJson(response, 200, body, { "cache-control": "no-cache" });
    return true;
  };
}
