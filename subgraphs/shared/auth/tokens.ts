import type { IncomingHttpHeaders } from "node:http";
import jwt, { type JwtHeader, type JwtPayload } from "jsonwebtoken";
import { ConfigError } from "../env";
import { codedError } from "../errors";
import { COORDINATOR_OWNER, type Principal, type Role } from "./principal";
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type AuthSettings } from "./settings";

const ROLES: Role[] = ["centre", "coordinator"];

function unauthenticated(reason: string) {
  return codedError("UNAUTHENTICATED", `Invalid credential: ${reason}.`, 401);
}

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

/**
 * Verifies a credential: signature with the configured algorithm only, expiry, issuer,
 * audience, and the `sub` and `role` claims. Any failure is UNAUTHENTICATED saying why.
 */
export function verifyToken(settings: AuthSettings, token: string): Principal {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload === "string") throw unauthenticated("not a JWT");
  let payload: JwtPayload;
  try {
    payload = jwt.verify(token, verificationKey(settings, decoded.header), {
      algorithms: [settings.algorithm],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
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
  if (payload.exp === undefined) throw unauthenticated("no expiry");
  return { organizationId: payload.sub, role };
}

/**
 * The principal of a request from its `Authorization: Bearer` header, or null when there is
 * none. Any other header that claims an identity is ignored: only a verified credential counts.
 */
export function principalFromHeaders(
  settings: AuthSettings,
  headers: IncomingHttpHeaders,
): Principal | null {
  const header = headers.authorization;
  if (header === undefined || header === "") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw unauthenticated("expected an Authorization header of the form 'Bearer <token>'");
  return verifyToken(settings, match[1]);
}
