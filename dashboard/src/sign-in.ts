import * as oauth from "oauth4webapi";

/**
 * Sign-in through the network's OpenID Connect provider (Keycloak in production, the local one
 * of `npm start` in development): the authorization-code flow with PKCE, for a public client
 * (no secret in the page), with oauth4webapi doing the protocol. The gateway says at
 * `/auth/config` which provider, client and audience to use. The tokens live in sessionStorage:
 * as long as the tab, never written to disk by the page.
 */
interface SignInConfig {
  issuer: string;
  clientId: string;
  audience: string;
}

const SESSION = "ngo-graph.session";
const PENDING = "ngo-graph.sign-in";

/** What a finished sign-in keeps. */
export interface Session {
  accessToken: string;
  idToken?: string;
  expiresAt: number;
}

let configuration: Promise<SignInConfig | null> | undefined;

/** The provider the gateway names, or null when sign-in is not configured there. */
export function signInConfig(): Promise<SignInConfig | null> {
  configuration ??= fetch("/auth/config")
    .then((response) => (response.ok ? response.json() : { signIn: null }))
    .then((body: { signIn: SignInConfig | null }) => body.signIn)
    .catch(() => null);
  return configuration;
}

/** Plain HTTP is accepted only from a provider on this machine (development). */
function insecureAllowed(issuer: URL) {
  const local = issuer.hostname === "localhost" || issuer.hostname.startsWith("127.");
  return { [oauth.allowInsecureRequests]: issuer.protocol === "http:" && local };
}

async function provider(config: SignInConfig) {
  const issuer = new URL(config.issuer);
  const response = await oauth.discoveryRequest(issuer, insecureAllowed(issuer));
  return {
    as: await oauth.processDiscoveryResponse(issuer, response),
    client: { client_id: config.clientId } as oauth.Client,
    options: insecureAllowed(issuer),
  };
}

/** Where the provider sends people back: the dashboard itself. */
const redirectUri = () => `${window.location.origin}/dashboard/`;

/** The session of this tab, or undefined when signed out or expired. */
export function currentSession(): Session | undefined {
  const raw = sessionStorage.getItem(SESSION);
  if (!raw) return undefined;
  const session = JSON.parse(raw) as Session;
  if (session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(SESSION);
    return undefined;
  }
  return session;
}

/** Sends the reader to the provider's sign-in page; they come back to the same view. */
export async function startSignIn(): Promise<void> {
  const config = await signInConfig();
  if (!config) throw new Error("sign-in is not configured");
  const { as } = await provider(config);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: window.location.hash }));
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: "code",
    scope: "openid profile api",
    resource: config.audience,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  }).toString();
  window.location.assign(url.href);
}

/**
 * Finishes a sign-in when the page is loaded with the provider's answer (`?code=…&state=…`):
 * checks the state, trades the code (with the PKCE verifier) for tokens, keeps them, and puts
 * the reader back on the view they signed in from. Does nothing on any other load.
 */
export async function finishSignIn(): Promise<void> {
  const here = new URL(window.location.href);
  if (!here.searchParams.has("code") && !here.searchParams.has("error")) return;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? "null") as {
    verifier: string;
    state: string;
    hash: string;
  } | null;
  sessionStorage.removeItem(PENDING);
  const config = await signInConfig();
  window.history.replaceState(null, "", `${redirectUri()}${pending?.hash ?? ""}`);
  if (!pending || !config) return;
  const { as, client, options } = await provider(config);
  const parameters = oauth.validateAuthResponse(as, client, here, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    parameters,
    redirectUri(),
    pending.verifier,
    { ...options, additionalParameters: { resource: config.audience } },
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  const session: Session = {
    accessToken: tokens.access_token,
    idToken: tokens.id_token,
    expiresAt: Date.now() + (tokens.expires_in ?? 300) * 1000,
  };
  sessionStorage.setItem(SESSION, JSON.stringify(session));
}

/** Forgets the session and ends it at the provider, which sends the reader back here. */
export async function signOutEverywhere(): Promise<void> {
  const session = currentSession();
  sessionStorage.removeItem(SESSION);
  const config = await signInConfig();
  if (!config) return;
  const { as } = await provider(config);
  if (!as.end_session_endpoint) return;
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    post_logout_redirect_uri: redirectUri(),
    ...(session?.idToken ? { id_token_hint: session.idToken } : {}),
  }).toString();
  window.location.assign(url.href);
}
