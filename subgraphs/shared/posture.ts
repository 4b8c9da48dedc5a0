import { isIP } from "node:net";
import type { AuthSettings } from "./auth/settings";
import { ConfigError, readBoolean, readString, type Env } from "./env";

/** True for an address only this machine can reach: 127.0.0.0/8, ::1, or `localhost`. */
export function isLoopbackHost(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  const ipv4 = host.startsWith("::ffff:") ? host.slice("::ffff:".length) : host;
  return isIP(ipv4) === 4 && ipv4.startsWith("127.");
}

/**
 * `HOST`, the interface to listen on. While credentials are checked with the public development
 * secret, anyone who can reach a process can mint a coordinator token, so the default is then
 * 127.0.0.1 and any address other machines can reach is refused. With a configured key (or in
 * production, which requires one) the default is 0.0.0.0.
 */
export function readHost(env: Env, auth: AuthSettings): string {
  const developmentSecret = auth.algorithm === "HS256" && auth.development;
  const host = readString(env, "HOST", developmentSecret ? "127.0.0.1" : "0.0.0.0");
  if (developmentSecret && !isLoopbackHost(host)) {
    throw new ConfigError(
      `HOST must be a loopback address (127.0.0.1, ::1, localhost) while the public development secret signs credentials, got "${host}": anyone who can reach the process could mint a coordinator token. Set AUTH_JWT_SECRET (32+ characters), AUTH_PUBLIC_KEY_FILE or AUTH_JWKS_FILE to listen on other interfaces`,
    );
  }
  return host;
}

/** `INTROSPECTION`: schema introspection is on in development and off under NODE_ENV=production. */
export function readIntrospection(env: Env): boolean {
  return readBoolean(env, "INTROSPECTION", env.NODE_ENV !== "production");
}
