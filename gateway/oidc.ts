import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { unauthenticated } from "../subgraphs/shared/auth/lifetime";
import { checkKeyUrl } from "../subgraphs/shared/auth/key-sources";
import { COORDINATOR_OWNER, type Principal } from "../subgraphs/shared/auth/principal";
import { ConfigError, readOptional, readString, type Env } from "../subgraphs/shared/env";

/**
 * Where people sign in: an OpenID Connect provider (Keycloak in production; the local one of
 * `npm start` in development) whose access tokens the gateway accepts.
 */
export interface OidcSettings {
  /** `OIDC_ISSUER`: the provider's issuer URL, exactly as its tokens' `iss` says. */
  issuer: string;
  /** `OIDC_AUDIENCE`: the audience the provider puts in access tokens for this API. */
  audience: string;
  /** `OIDC_CLIENT_ID`: the dashboard's public client, told to the page at `/auth/config`. */
  clientId: string;
  /** `OIDC_CENTRE_CLAIM`: the claim naming the organisation id of the centre a person works for. */
  centreClaim: string;
  /** `OIDC_GROUPS_CLAIM`: the claim listing a person's groups or roles. */
  groupsClaim: string;
  /** `OIDC_COORDINATOR_GROUP`: the group that makes a person the network's coordinator. */
  coordinatorGroup: string;
}

/**
 * Reads the `OIDC_*` variables; undefined when `OIDC_ISSUER` is not set or is `none` (no
 * sign-in: service tokens only).
 */
export function readOidcSettings(env: Env): OidcSettings | undefined {
  const issuer = readOptional(env, "OIDC_ISSUER");
  if (issuer === undefined || issuer === "none") return undefined;
  checkKeyUrl("OIDC_ISSUER", issuer);
  const audience = readString(env, "OIDC_AUDIENCE", "urn:ngo-resource-graph");
  const centreClaim = readString(env, "OIDC_CENTRE_CLAIM", "centre");
  if (centreClaim === "sub")
    throw new ConfigError('OIDC_CENTRE_CLAIM must name a claim of its own, not "sub"');
  return {
    issuer,
    audience,
    clientId: readString(env, "OIDC_CLIENT_ID", "dashboard"),
    centreClaim,
    groupsClaim: readString(env, "OIDC_GROUPS_CLAIM", "groups"),
    coordinatorGroup: readString(env, "OIDC_COORDINATOR_GROUP", "coordinator"),
  };
}

/** The value of a claim that may be nested (`realm_access.roles` in Keycloak). */
function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The principal an access token names: the coordinator when its groups include the coordinator
 * group, else the centre of the centre claim (a string, or a one-element list as some
 * providers' attribute mappers write it). A person with neither is UNAUTHENTICATED: signed in,
 * but working for no centre the network knows.
 */
export function principalOfAccessToken(settings: OidcSettings, payload: JWTPayload): Principal {
  const subject = typeof payload.sub === "string" ? payload.sub : undefined;
  if (!subject) throw unauthenticated("no subject");
  const name =
    typeof payload.name === "string"
      ? payload.name
      : typeof payload.preferred_username === "string"
        ? payload.preferred_username
        : undefined;
  const groups = claimAt(payload, settings.groupsClaim);
  if (Array.isArray(groups) && groups.includes(settings.coordinatorGroup))
    return { organizationId: COORDINATOR_OWNER, role: "coordinator", subject, name };
  let centre = claimAt(payload, settings.centreClaim);
  if (Array.isArray(centre) && centre.length === 1) centre = centre[0];
  if (typeof centre !== "string" || centre === "" || centre === COORDINATOR_OWNER)
    throw unauthenticated(`the sign-in names no centre (claim "${settings.centreClaim}")`);
  return { organizationId: centre, role: "centre", subject, name };
}

/**
 * Verifies access tokens of the provider. Its keys are found through discovery
 * (`/.well-known/openid-configuration` -> `jwks_uri`), fetched when first needed and cached by
 * jose, which fetches them again when a token names a key it does not know: the provider can
 * rotate its keys without the gateway being told. A failed discovery is tried again on the
 * next token.
 */
export function createOidcVerifier(settings: OidcSettings) {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    const base = settings.issuer.endsWith("/") ? settings.issuer : `${settings.issuer}/`;
    const response = await fetch(new URL(".well-known/openid-configuration", base), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new Error("discovery names no jwks_uri");
    return createRemoteJWKSet(new URL(checkKeyUrl("jwks_uri", jwksUri)), {
      cooldownDuration: 5_000,
      cacheMaxAge: 10 * 60_000,
    });
  };
  return async (token: string, clockSkewSeconds: number): Promise<JWTPayload> => {
    keys ??= discover();
    let resolver: JWTVerifyGetKey;
    try {
      resolver = await keys;
    } catch (error) {
      keys = undefined;
      throw unauthenticated(
        `the sign-in provider ${settings.issuer} cannot be reached (${(error as Error).message})`,
      );
    }
    try {
      const { payload } = await jwtVerify(token, resolver, {
        issuer: settings.issuer,
        audience: settings.audience,
        clockTolerance: clockSkewSeconds,
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated("it expired");
      if (error instanceof errors.JOSEError) throw unauthenticated(error.message);
      throw error;
    }
  };
}
