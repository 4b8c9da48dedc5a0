import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";
import { Provider, type Configuration } from "oidc-provider";
import { readBody } from "../../subgraphs/shared/request-body";
import { DEVELOPMENT_PASSWORD, findStaff, type StaffAccount } from "./accounts";
import { loggedOutPage, loginPage, logoutPage } from "./pages";

/** The audience of the access tokens it issues: the gateway's `OIDC_AUDIENCE` default. */
export const DEFAULT_API_AUDIENCE = "urn:ngo-resource-graph";

export interface DevIdentityProviderOptions {
  /** Where it listens: 127.0.0.1 only (its accounts' password is published). */
  port: number;
  /** Where the dashboard may send people back after signing in and out. */
  dashboardUrls: string[];
  /** The audience of access tokens; DEFAULT_API_AUDIENCE when left out. */
  audience?: string;
}

export interface RunningIdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

/** The claims of an account: who, for which centre, in which groups. */
function claimsOf(account: StaffAccount) {
  return {
    sub: account.login,
    name: account.name,
    preferred_username: account.login,
    ...(account.centre ? { centre: account.centre } : {}),
    groups: account.groups,
  };
}

function configuration(options: DevIdentityProviderOptions, signingKey: object): Configuration {
  const audience = options.audience ?? DEFAULT_API_AUDIENCE;
  return {
    clients: [
      {
        client_id: "dashboard",
        client_name: "Панель ресурсных центров",
        token_endpoint_auth_method: "none",
        application_type: "web",
        redirect_uris: options.dashboardUrls,
        post_logout_redirect_uris: options.dashboardUrls,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        id_token_signed_response_alg: "ES256",
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], profile: ["name", "preferred_username", "centre", "groups"] },
    findAccount: async (_ctx, sub) => {
      const account = findStaff(sub);
      return account && { accountId: sub, claims: async () => claimsOf(account) };
    },
    // Access tokens are JWTs for the API (RFC 8707 resource indicators) carrying what the
    // gateway maps to a principal: the centre and the groups.
    extraTokenClaims: async (_ctx, token) => {
      const accountId = "accountId" in token ? token.accountId : undefined;
      const account = accountId ? findStaff(accountId) : undefined;
      if (!account) return undefined;
      const { sub: _sub, ...claims } = claimsOf(account);
      return claims;
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          const origins = options.dashboardUrls.map((url) => new URL(url).origin);
          ctx.set(
            "content-security-policy",
            `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${origins.join(" ")}`,
          );
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = loggedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: "api",
          audience,
          accessTokenTTL: 3600,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "ES256" } },
        }),
      },
    },
    ttl: { AccessToken: 3600, IdToken: 3600, Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600 },
  };
}

/**
 * The interactions: a sign-in form checked against the staff accounts, and consent given at
 * once, since the dashboard is the network's own application.
 */
async function interaction(
  provider: Provider,
  request: IncomingMessage,
  response: ServerResponse,
  returnTo: string[],
) {
  const details = await provider.interactionDetails(request, response);
  const client = String(details.params.client_id);
  if (details.prompt.name === "login") {
    if (request.method === "POST" && request.url?.endsWith("/login")) {
      const form = new URLSearchParams(await readBody(request, 16 * 1024));
      const login = form.get("login") ?? "";
      if (findStaff(login) && form.get("password") === DEVELOPMENT_PASSWORD)
        return provider.interactionFinished(request, response, { login: { accountId: login } });
      const refused = loginPage(
        details.uid,
        client,
        "Неверное имя пользователя или пароль.",
        login,
      );
      return html(response, 200, refused, returnTo);
    }
    return html(response, 200, loginPage(details.uid, client), returnTo);
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session!.accountId, clientId: client });
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(" "));
  if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
    grant!.addResourceScope(indicator, scopes.join(" "));
  const grantId = await grant!.save();
  return provider.interactionFinished(
    request,
    response,
    { consent: { grantId } },
    {
      mergeWithLastSubmission: true,
    },
  );
}

/**
 * The pages' headers. `form-action` names the dashboard's origins too: a browser applies it to
 * the redirects that follow the sign-in form, and the last one goes back to the dashboard.
 */
function html(
  response: ServerResponse,
  status: number,
  body: string,
  returnTo: string[] = [],
): void {
  const formAction = ["'self'", ...new Set(returnTo.map((url) => new URL(url).origin))].join(" ");
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}`,
  });
  response.end(body);
}

/**
 * Starts the development identity provider: a certified OpenID Connect implementation
 * (oidc-provider) with the seeded staff accounts, on 127.0.0.1. `npm start` runs it for the
 * dashboard's sign-in; the tests sign people in through it.
 */
export async function startDevIdentityProvider(
  options: DevIdentityProviderOptions,
): Promise<RunningIdentityProvider> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    alg: "ES256",
    use: "sig",
    kid: "dev-idp-1",
  };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, configuration(options, signingKey));
  const callback = provider.callback();
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    if (!request.url?.startsWith("/interaction/")) return callback(request, response);
    interaction(provider, request, response, options.dashboardUrls).catch((error: Error) =>
      html(response, 400, `<p>${error.message.replace(/[<>&]/g, "")}</p>`),
    );
  });
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
