import jwt, { type JwtHeader, type JwtPayload } from "jsonwebtoken";
import { ConfigError } from "../subgraphs/shared/env";
import {
  checkLifetime,
  DEFAULT_CLOCK_SKEW_SECONDS,
  DEFAULT_MAX_LIFETIME_SECONDS,
  unauthenticated,
  type LifetimeRules,
} from "../subgraphs/shared/auth/lifetime";
import { COORDINATOR_OWNER, type Principal, type Role } from "../subgraphs/shared/auth/principal";
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type AuthSettings } from "./service-token-settings";

const ROLES: Role[] = ["centre", "coordinator"];

/** Signs a credential for a centre (or the coordinator) that expires after `ttlSeconds`. */
export function signToken(
  settings: AuthSettings,
  principal: Principal,
  ttlSeconds: number,
): string {
  const options = {
    expiresIn: ttlSeconds,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    subject: principal.organizationId,
  };
  if (settings.algorithm === "HS256")
    return jwt.sign({ role: principal.role }, settings.secret, { ...options, algorithm: "HS256" });
  if (!settings.privateKey)
    throw new ConfigError("signing RS256 tokens needs AUTH_PRIVATE_KEY_FILE");
  return jwt.sign({ role: principal.role }, settings.privateKey, {
    ...options,
    algorithm: "RS256",
  });
}

function verificationKey(
  settings: AuthSettings,
  header: JwtHeader,
): string | import("node:crypto").KeyObject {
  if (settings.algorithm === "HS256") return settings.secret;
  const key =
    settings.publicKeys.get(header.kid) ??
    (settings.publicKeys.size === 1 ? [...settings.publicKeys.values()][0] : undefined);
  if (!key) throw unauthenticated(`no public key with kid ${JSON.stringify(header.kid)}`);
  return key;
}

const DEFAULT_RULES: LifetimeRules = {
  maxLifetimeSeconds: DEFAULT_MAX_LIFETIME_SECONDS,
  clockSkewSeconds: DEFAULT_CLOCK_SKEW_SECONDS,
};

/**
 * Verifies a service token (`npm run token`): signature with the configured algorithm only,
 * expiry, issue time and lifetime (see checkLifetime), issuer, audience, and the `sub` and
 * `role` claims. Any failure is UNAUTHENTICATED saying why.
 */
export function verifyToken(
  settings: AuthSettings,
  token: string,
  rules: LifetimeRules = DEFAULT_RULES,
): Principal {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload === "string") throw unauthenticated("not a JWT");
  let payload: JwtPayload;
  try {
    payload = jwt.verify(token, verificationKey(settings, decoded.header), {
      algorithms: [settings.algorithm],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      clockTolerance: rules.clockSkewSeconds,
    }) as JwtPayload;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw unauthenticated("it expired");
    if (error instanceof jwt.JsonWebTokenError) throw unauthenticated(error.message);
    throw error;
  }
  const role = payload.role as Role;
  if (typeof payload.sub !== "string" || payload.sub === "") throw unauthenticated("no subject");
  if (!ROLES.includes(role)) throw unauthenticated(`unknown role ${JSON.stringify(payload.role)}`);
  if (role === "centre" && payload.sub === COORDINATOR_OWNER) {
    throw unauthenticated(`"${COORDINATOR_OWNER}" is reserved for the coordinator role`);
  }
  checkLifetime(payload, rules);
  return { organizationId: payload.sub, role };
}
