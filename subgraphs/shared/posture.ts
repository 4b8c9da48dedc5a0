import { isIP } from "node:net";
import { ConfigError, readBoolean, readString, type Env } from "./env";

/** True for an address only this machine can reach: 127.0.0.0/8, ::1, or `localhost`. */
export function isLoopbackHost(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  const ipv4 = host.startsWith("::ffff:") ? host.slice("::ffff:".length) : host;
  return isIP(ipv4) === 4 && ipv4.startsWith("127.");
}

/**
 * `HOST`, the interface to listen on. While a process trusts the public development key or
 * secret, anyone who can reach it can mint a coordinator's credential, so the default is then
 * 127.0.0.1 and any address other machines can reach is refused. With configured keys (which
 * production requires) the default is 0.0.0.0.
 */
export function readHost(env: Env, developmentSecret: boolean): string {
  const host = readString(env, "HOST", developmentSecret ? "127.0.0.1" : "0.0.0.0");
  if (developmentSecret && !isLoopbackHost(host)) {
    throw new ConfigError(
      `HOST must be a loopback address (127.0.0.1, ::1, localhost) while the public development secret signs credentials, got "${host}": anyone who can reach the process could mint a coordinator token. Configure real keys (see docs/security.md) to listen on other interfaces`,
    );
  }
  return host;
}

/** `INTROSPECTION`: schema introspection is on in development and off under NODE_ENV=production. */
export function readIntrospection(env: Env): boolean {
  return readBoolean(env, "INTROSPECTION", env.NODE_ENV !== "production");
}
