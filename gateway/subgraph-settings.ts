import { readFileSync, unwatchFile, watchFile } from "node:fs";
import {
  ConfigError,
  readOptional,
  readPositiveInt,
  readString,
  readTimeoutMs,
  type Env,
} from "../subgraphs/shared/env";
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from "./data-source";

/** How the gateway treats one subgraph: read on every call, so a change applies at once. */
export interface SubgraphSettings {
  /** A core subgraph holds the gateway's readiness; a guest (a centre's own) never does. */
  core: boolean;
  /** The deadline of one call, in milliseconds. */
  timeoutMs: number;
  /** After `failures` failed calls in a row the subgraph is skipped for `openMs`. */
  breaker: { failures: number; openMs: number };
}

/** A partial change: `breaker` may name one of its two values only. */
export type SubgraphSettingsChange = Partial<Omit<SubgraphSettings, "breaker">> & {
  breaker?: Partial<SubgraphSettings["breaker"]>;
};

/** The live settings of every subgraph: the registry and the settings file write them. */
export interface SubgraphSettingsStore {
  /** The settings in force for `name` (cheap: read on every subgraph call). */
  get(name: string): SubgraphSettings;
  /** Applies a change at once, no restart; a bad value throws a ConfigError and changes nothing. */
  set(name: string, partial: SubgraphSettingsChange): void;
  /** Calls `listener` with a subgraph's name whenever its settings change; returns the undo. */
  onChange(listener: (name: string) => void): () => void;
  /** Stops watching the settings file, if any. */
  close(): void;
}

/** The subgraphs that hold the gateway's readiness unless `CORE_SUBGRAPHS` says otherwise. */
export const DEFAULT_CORE_SUBGRAPHS = ["regions", "organizations", "events", "programmes"];
export const DEFAULT_BREAKER_FAILURES = 5;
export const DEFAULT_BREAKER_OPEN_MS = 10_000;

/** The variable that configures one subgraph: `events`, `TIMEOUT_MS` -> `EVENTS_TIMEOUT_MS`. */
export function subgraphVariable(name: string, suffix: string): string {
  return `${name.toUpperCase().replace(/-/g, "_")}_${suffix}`;
}

/** A whole number of milliseconds a Node timer can hold, or a ConfigError naming `where`. */
function checkMs(where: string, value: unknown): number {
  if (typeof value !== "number")
    throw new ConfigError(
      `${where} must be a number of milliseconds, got ${JSON.stringify(value)}`,
    );
  return readTimeoutMs({ [where]: String(value) }, where, 0);
}

/** A positive whole number, or a ConfigError naming `where`. */
function checkCount(where: string, value: unknown): number {
  if (typeof value !== "number")
    throw new ConfigError(`${where} must be a positive whole number, got ${JSON.stringify(value)}`);
  return readPositiveInt({ [where]: String(value) }, where, 0);
}

/** Checks a change (from set() or the file) value by value; `where` names its source. */
function checkChange(where: string, change: unknown): SubgraphSettingsChange {
  if (!change || typeof change !== "object" || Array.isArray(change))
    throw new ConfigError(`${where} must be an object of settings, got ${JSON.stringify(change)}`);
  const { core, timeoutMs, breaker, ...rest } = change as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    throw new ConfigError(
      `${where} has unknown settings: ${unknown.join(", ")} (known: core, timeoutMs, breaker)`,
    );
  const checked: SubgraphSettingsChange = {};
  if (core !== undefined) {
    if (typeof core !== "boolean")
      throw new ConfigError(`${where}.core must be true or false, got ${JSON.stringify(core)}`);
    checked.core = core;
  }
  if (timeoutMs !== undefined) checked.timeoutMs = checkMs(`${where}.timeoutMs`, timeoutMs);
  if (breaker !== undefined) {
    if (!breaker || typeof breaker !== "object")
      throw new ConfigError(`${where}.breaker must be { failures, openMs }`);
    const { failures, openMs } = breaker as Record<string, unknown>;
    checked.breaker = {};
    if (failures !== undefined)
      checked.breaker.failures = checkCount(`${where}.breaker.failures`, failures);
    if (openMs !== undefined) checked.breaker.openMs = checkMs(`${where}.breaker.openMs`, openMs);
  }
  return checked;
}

function apply(base: SubgraphSettings, change: SubgraphSettingsChange = {}): SubgraphSettings {
  return {
    core: change.core ?? base.core,
    timeoutMs: change.timeoutMs ?? base.timeoutMs,
    breaker: { ...base.breaker, ...change.breaker },
  };
}

/** Reads and checks a settings file: `{ "<subgraph>": { core?, timeoutMs?, breaker? } }`. */
export function readSettingsFile(path: string): Map<string, SubgraphSettingsChange> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(
      `SUBGRAPH_SETTINGS_FILE "${path}" cannot be read as JSON: ${(error as Error).message}`,
    );
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new ConfigError(`SUBGRAPH_SETTINGS_FILE "${path}" must map subgraph names to settings`);
  return new Map(
    Object.entries(parsed).map(([name, change]) => [
      name,
      checkChange(`SUBGRAPH_SETTINGS_FILE: ${name}`, change),
    ]),
  );
}

/** Where a store's settings come from besides `set()`. */
export interface SettingsSources {
  /** Each subgraph's settings before any change (from the environment; see subgraphDefaults). */
  defaults: (name: string) => SubgraphSettings;
  /** A JSON settings file, read now and again whenever it changes (checked every `pollMs`). */
  file?: { path: string; pollMs: number };
  /** Told why a changed file was refused (a process warning by default). */
  onRefused?: (message: string) => void;
}

/**
 * A store of live settings. Each subgraph's settings are its defaults, then its entry in the
 * settings file, then what `set()` gave (the registry's word wins over the file). Reading them
 * is one map lookup; every change replaces the cached value. A settings file that becomes bad
 * (half-written, a typo) is refused with a warning and the settings in force stay.
 */
export function createSubgraphSettings({
  defaults,
  file,
  onRefused = (message) => process.emitWarning(message),
}: SettingsSources): SubgraphSettingsStore {
  const live = new Map<string, SubgraphSettingsChange>();
  let fromFile = file ? readSettingsFile(file.path) : new Map<string, SubgraphSettingsChange>();
  const current = new Map<string, SubgraphSettings>();
  const listeners = new Set<(name: string) => void>();
  const resolve = (name: string) =>
    apply(apply(defaults(name), fromFile.get(name)), live.get(name));
  const changed = (name: string) => {
    const before = current.get(name);
    const after = resolve(name);
    current.set(name, after);
    if (before && JSON.stringify(before) === JSON.stringify(after)) return;
    for (const listener of listeners) listener(name);
  };
  if (file) {
    watchFile(file.path, { interval: file.pollMs }, () => {
      let next: Map<string, SubgraphSettingsChange>;
      try {
        next = readSettingsFile(file.path);
      } catch (error) {
        onRefused(
          `subgraph settings not reloaded, the previous ones stay: ${(error as Error).message}`,
        );
        return;
      }
      const names = new Set([...fromFile.keys(), ...next.keys()]);
      fromFile = next;
      for (const name of names) {
        try {
          changed(name);
        } catch (error) {
          // Its variables are bad (<NAME>_TIMEOUT_MS=soon): it keeps failing where it is used.
          onRefused(`subgraph settings of "${name}": ${(error as Error).message}`);
        }
      }
    });
  }
  return {
    get: (name) => {
      let settings = current.get(name);
      if (!settings) current.set(name, (settings = resolve(name)));
      return settings;
    },
    set: (name, partial) => {
      const checked = checkChange(`settings of "${name}"`, partial);
      const before = live.get(name) ?? {};
      live.set(name, { ...before, ...checked, breaker: { ...before.breaker, ...checked.breaker } });
      changed(name);
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      if (file) unwatchFile(file.path);
    },
  };
}

/**
 * Each subgraph's settings from the environment: `core` when `CORE_SUBGRAPHS` (comma-separated,
 * default regions,organizations,events,programmes) names it; the deadline `<NAME>_TIMEOUT_MS`,
 * else `SUBGRAPH_TIMEOUT_MS`, else 5000; the breaker `<NAME>_BREAKER_FAILURES` /
 * `<NAME>_BREAKER_OPEN_MS`, else `BREAKER_FAILURES` (5) / `BREAKER_OPEN_MS` (10000). A bad value
 * throws a ConfigError naming the variable.
 */
export function subgraphDefaults(env: Env): (name: string) => SubgraphSettings {
  const core = new Set(
    readString(env, "CORE_SUBGRAPHS", DEFAULT_CORE_SUBGRAPHS.join(","))
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
  );
  const timeoutMs = readTimeoutMs(env, "SUBGRAPH_TIMEOUT_MS", DEFAULT_SUBGRAPH_TIMEOUT_MS);
  const failures = readPositiveInt(env, "BREAKER_FAILURES", DEFAULT_BREAKER_FAILURES);
  const openMs = readTimeoutMs(env, "BREAKER_OPEN_MS", DEFAULT_BREAKER_OPEN_MS);
  return (name) => ({
    core: core.has(name),
    timeoutMs: readTimeoutMs(env, subgraphVariable(name, "TIMEOUT_MS"), timeoutMs),
    breaker: {
      failures: readPositiveInt(env, subgraphVariable(name, "BREAKER_FAILURES"), failures),
      openMs: readTimeoutMs(env, subgraphVariable(name, "BREAKER_OPEN_MS"), openMs),
    },
  });
}

/**
 * The gateway's settings store from its environment (see subgraphDefaults) and, when set,
 * `SUBGRAPH_SETTINGS_FILE`, watched every `pollMs`. The listed subgraphs' settings are read
 * here, so a bad variable or file stops the gateway at start.
 */
export function loadSubgraphSettings(
  env: Env,
  listed: string[] = [],
  pollMs = 1000,
): SubgraphSettingsStore {
  const path = readOptional(env, "SUBGRAPH_SETTINGS_FILE");
  const store = createSubgraphSettings({
    defaults: subgraphDefaults(env),
    file: path === undefined ? undefined : { path, pollMs },
  });
  for (const name of listed) store.get(name);
  return store;
}
