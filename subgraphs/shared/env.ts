import { accessSync, constants, statSync } from "node:fs";
import { isIP } from "node:net";
import { dirname } from "node:path";

/**
 * Small validated readers of environment variables. Each error names the variable and the
 * bad value, so a misconfigured process stops at start with a message that says what to fix.
 */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

export function readString(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === "" ? fallback : value;
}

export function readOptional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

export function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

export function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

/** Node's timers hold at most 2^31 - 1 ms; a longer delay would silently fire after 1 ms. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** A delay in milliseconds: a positive whole number a Node timer can hold. */
export function readTimeoutMs(env: Env, name: string, fallback: number): number {
  const value = readPositiveInt(env, name, fallback);
  if (value > MAX_TIMEOUT_MS)
    throw new ConfigError(`${name} must be at most ${MAX_TIMEOUT_MS} ms, got "${env[name]}"`);
  return value;
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function readUrl(env: Env, name: string, fallback: string): string {
  const value = readString(env, name, fallback);
  try {
    new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got "${value}"`);
  }
  return value;
}

/**
 * Checks an address to listen on: an IP address (`0.0.0.0`, `127.0.0.1`, `::`) or `localhost`.
 * Host names are refused rather than resolved, since a name that does not resolve would only
 * fail later, inside `listen`, far from the variable that caused it.
 */
export function checkListenAddress(name: string, value: string): string {
  if (value === "localhost" || isIP(value) !== 0) return value;
  throw new ConfigError(
    `${name} must be an IP address to listen on (0.0.0.0, 127.0.0.1, ::) or localhost, got "${value}"`,
  );
}

/** A URL with its password replaced by `***`, for messages that quote a database URL. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return value.replace(/\/\/([^:/@]*):[^@/]*@/, "//$1:***@");
  }
}

/** An optional PostgreSQL URL: `postgres://` or `postgresql://`, nothing else. */
export function readPostgresUrl(env: Env, name: string): string | undefined {
  const value = readOptional(env, name);
  if (value === undefined) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== "postgres:" && protocol !== "postgresql:")
    throw new ConfigError(
      `${name} must be a PostgreSQL URL (postgres://… or postgresql://…), got "${redactUrl(value)}"`,
    );
  return value;
}

/**
 * Checks that `path` names a file this process can read: not missing, not a folder, not
 * unreadable. `name` is the variable or flag the path came from.
 */
export function checkReadableFile(name: string, path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ConfigError(`${name} names a file that does not exist, got "${path}"`);
  }
  if (!stats.isFile())
    throw new ConfigError(`${name} must name a file, not a folder, got "${path}"`);
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new ConfigError(`${name} names a file this process may not read, got "${path}"`);
  }
  return path;
}

/**
 * Checks that the folder a file is to be created in exists: `<NAME>_DATABASE=/nope/x.sqlite`
 * is refused rather than creating `/nope`, so a typo does not scatter databases on the disk.
 */
export function checkParentFolder(name: string, path: string): string {
  const folder = dirname(path);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder)
    throw new ConfigError(
      `${name} must be in a folder that exists ("${folder}" does not), got "${path}"`,
    );
  return path;
}
