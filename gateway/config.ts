import { isAbsolute, join, resolve } from "node:path";
import { readCorsSettings, type CorsSettings } from "../subgraphs/shared/cors";
import {
  checkListenAddress,
  checkReadableFile,
  ConfigError,
  readBoolean,
  readOptional,
  readPort,
  readPositiveInt,
  readTimeoutMs,
  readString,
  readUrl,
  type Env,
} from "../subgraphs/shared/env";
import { loadLimitSettings, type LimitSettings } from "../subgraphs/shared/limits/config";
import { loadHttpLimits, type HttpLimits } from "../subgraphs/shared/http-limits";
import { readHost, readIntrospection } from "../subgraphs/shared/posture";
import { readFlags } from "../subgraphs/shared/flags";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import type { SubgraphRouter } from "./data-source";
import { DEFAULT_DRIFT_CHECK_MS } from "./drift";
import { loadEdgeAuth, type EdgeAuth } from "./edge-auth";
import { loadSubgraphClients, type SubgraphClients } from "./subgraph-clients";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "./request-deadline";
import { RESULT_SHAPINGS, type ResultShaping } from "./shaping-switch";
import { readSubgraphList, type SubgraphEntry } from "./subgraph-list";
import { readRegistrySettings, type RegistrySettings } from "./registry/settings";
import { DEFAULT_INVALIDATION_POLL_MS } from "./registry/invalidations";
import type { ResponseCacheSettings } from "./response-cache";
import {
  loadSubgraphSettings,
  subgraphVariable,
  type SubgraphSettingsStore,
} from "./subgraph-settings";

export interface GatewayConfig {
  /** The callers' credentials it accepts: sign-ins (`OIDC_*`) and service tokens (`AUTH_*`). */
  auth: EdgeAuth;
  /** The network's registry, when the gateway serves it rather than a file (`REGISTRY*`). */
  registry?: RegistrySettings;
  /** The subgraphs that may exchange tokens (`SUBGRAPH_CLIENTS_FILE`). */
  clients: SubgraphClients;
  host: string;
  /** Schema introspection (`INTROSPECTION`; on unless NODE_ENV=production). */
  introspection: boolean;
  /** `MAX_BODY_BYTES`, `MAX_RESPONSE_BYTES`, `SHUTDOWN_GRACE_MS`. */
  http: HttpLimits;
  port: number;
  supergraphPath: string;
  /** How often the supergraph file is checked for changes, in milliseconds. */
  pollMs: number;
  subgraphs: SubgraphEntry[];
  /** Where and how long each subgraph is called, one added to the running gateway included. */
  route: SubgraphRouter;
  /**
   * Each subgraph's live settings (core or guest, deadline, breaker): the variables below and
   * `SUBGRAPH_SETTINGS_FILE`, watched every `pollMs`.
   */
  settings: SubgraphSettingsStore;
  /** How often each running subgraph's SDL is compared with its published one (`DRIFT_CHECK_MS`). */
  driftCheckMs: number;
  /** The deadline of one whole request, in milliseconds. */
  requestTimeoutMs: number;
  /** Identical reads in flight at once are sent to a subgraph once (`SUBGRAPH_DEDUPLICATION`). */
  deduplicate: boolean;
  /** Which code shapes merged results into answers (`GATEWAY_RESULT_SHAPING`). */
  resultShaping: ResultShaping;
  /** Operation limits (`LIMIT_*`), the same variables the subgraphs read. */
  limits: LimitSettings;
  /** Browser origins allowed to call the gateway (`CORS_ORIGINS`). */
  cors: CorsSettings;
  /** The cache of answers to anonymous queries (`RESPONSE_CACHE_*`); off when absent. */
  responseCache?: ResponseCacheSettings;
}

/**
 * The response cache (docs/response-cache.md): on when `RESPONSE_CACHE_TTL_MS` is a positive
 * number of milliseconds, holding at most `RESPONSE_CACHE_MAX_BYTES` (64 MiB) of answers and
 * reading the other replicas' writes every `RESPONSE_CACHE_POLL_MS` (250).
 */
function readResponseCache(env: Env): ResponseCacheSettings | undefined {
  if (readOptional(env, "RESPONSE_CACHE_TTL_MS") === undefined) return undefined;
  if (env.RESPONSE_CACHE_TTL_MS === "0") return undefined;
  return {
    ttlMs: readTimeoutMs(env, "RESPONSE_CACHE_TTL_MS", 0),
    maxBytes: readPositiveInt(env, "RESPONSE_CACHE_MAX_BYTES", 64 * 1024 * 1024),
    pollMs: readTimeoutMs(env, "RESPONSE_CACHE_POLL_MS", DEFAULT_INVALIDATION_POLL_MS),
  };
}

/** `GATEWAY_RESULT_SHAPING`: `compiled` (the default) or `apollo`, @apollo/gateway's own. */
function readResultShaping(env: Env): ResultShaping {
  const value = readString(env, "GATEWAY_RESULT_SHAPING", "compiled");
  if ((RESULT_SHAPINGS as string[]).includes(value)) return value as ResultShaping;
  throw new ConfigError(`GATEWAY_RESULT_SHAPING must be apollo or compiled, got "${value}"`);
}

/** The gateway's command-line flags: `--port N` and `--supergraph FILE`. */
const GATEWAY_FLAGS = ["port", "supergraph"] as const;

/**
 * Routes each subgraph a supergraph names: its URL is `<NAME>_URL`, else the one in the
 * subgraph list, else the one recorded in the supergraph; its deadline is the one its settings
 * hold now (`<NAME>_TIMEOUT_MS`, else `SUBGRAPH_TIMEOUT_MS`, unless the settings file or the
 * registry changed it). The variables are read when a supergraph names the subgraph, so a
 * subgraph added to a running gateway (`VOLUNTEERS_URL`) is routed by them as well; the listed
 * subgraphs are routed once here, so a bad value stops the gateway at start.
 */
function subgraphRouter(
  env: Env,
  list: SubgraphEntry[],
  settings: SubgraphSettingsStore,
): SubgraphRouter {
  const listed = new Map(list.map((entry) => [entry.name, entry.url]));
  const route: SubgraphRouter = (name, recordedUrl) => ({
    url: readUrl(env, subgraphVariable(name, "URL"), listed.get(name) ?? recordedUrl ?? ""),
    timeoutMs: settings.get(name).timeoutMs,
  });
  for (const entry of list) route(entry.name, entry.url);
  return route;
}

/**
 * The supergraph file to serve: `--supergraph FILE`, else `SUPERGRAPH_PATH`, else
 * schema/supergraph.graphql; refused, naming the flag or variable, unless it is a readable file.
 */
function readSupergraphPath(argv: string[], env: Env, root: string): string {
  const flag = readFlags(argv, GATEWAY_FLAGS).supergraph;
  const name = flag === undefined ? "SUPERGRAPH_PATH" : "--supergraph";
  const file = flag ?? readString(env, name, join(root, "schema", "supergraph.graphql"));
  return checkReadableFile(name, isAbsolute(file) ? file : resolve(process.cwd(), file));
}

/**
 * True while a published development key signs something the gateway trusts: the service-token
 * secret, or (no GATEWAY_SIGNING_KEYS_FILE) the subgraph-token key. Production refuses the
 * latter here, before anything starts, as loadAuthSettings refuses the former.
 */
function developmentKeys(env: Env, auth: EdgeAuth): boolean {
  const signingKeys = readOptional(env, "GATEWAY_SIGNING_KEYS_FILE");
  if (signingKeys === undefined && env.NODE_ENV === "production")
    throw new ConfigError(
      "NODE_ENV=production needs the gateway's own signing key: set GATEWAY_SIGNING_KEYS_FILE (npm run keys writes one)",
    );
  return (
    signingKeys === undefined || (auth.service.algorithm === "HS256" && auth.service.development)
  );
}

/**
 * The gateway's settings: `--port N` (or `GATEWAY_PORT`, default 4000), `--supergraph FILE`
 * (or `SUPERGRAPH_PATH`, default schema/supergraph.graphql), `HOST`, `REQUEST_TIMEOUT_MS`,
 * `CORS_ORIGINS`, `SUPERGRAPH_POLL_MS`, and per subgraph `<NAME>_URL` (see subgraphRouter).
 *
 * Per subgraph, live (gateway/subgraph-settings.ts, docs/guest-subgraphs.md):
 * - `CORE_SUBGRAPHS` (default `regions,organizations,events,programmes`): the subgraphs `/ready`
 *   waits for; any other is a guest, listed in `/ready`'s details but never making it 503;
 * - `SUBGRAPH_TIMEOUT_MS` (5000) and `<NAME>_TIMEOUT_MS`: the deadline of each call;
 * - `BREAKER_FAILURES` (5) and `<NAME>_BREAKER_FAILURES`: failed calls in a row that open the
 *   subgraph's circuit; `BREAKER_OPEN_MS` (10000) and `<NAME>_BREAKER_OPEN_MS`: how long it
 *   stays open (its fields answered with SUBGRAPH_UNAVAILABLE at once) before one trial call;
 * - `SUBGRAPH_SETTINGS_FILE`: JSON `{ "<name>": { "core", "timeoutMs", "breaker": { "failures",
 *   "openMs" } } }` over those, watched every `SUPERGRAPH_POLL_MS`: a change applies without a
 *   restart (a bad file is refused with a warning and the settings in force stay);
 * - `DRIFT_CHECK_MS` (60000; 0 turns it off): how often each running subgraph's `_service { sdl }`
 *   is compared with its published SDL (schema/<name>.graphql).
 */
export function loadGatewayConfig(
  argv: string[] = process.argv.slice(2),
  env: Env = process.env,
): GatewayConfig {
  const auth = loadEdgeAuth(env);
  const root = findProjectRoot();
  const list = readSubgraphList();
  const portFlag = readFlags(argv, GATEWAY_FLAGS).port;
  const port =
    portFlag === undefined
      ? readPort(env, "GATEWAY_PORT", 4000)
      : readPort({ "--port": portFlag }, "--port", 4000);
  const pollMs = readTimeoutMs(env, "SUPERGRAPH_POLL_MS", 1000);
  const settings = loadSubgraphSettings(
    env,
    list.map(({ name }) => name),
    pollMs,
  );
  const route = subgraphRouter(env, list, settings);
  return {
    auth,
    clients: loadSubgraphClients(env),
    host: checkListenAddress("HOST", readHost(env, developmentKeys(env, auth))),
    introspection: readIntrospection(env),
    http: loadHttpLimits(env),
    port,
    supergraphPath: readSupergraphPath(argv, env, root),
    pollMs,
    subgraphs: list.map(({ name, url }) => ({ name, url: route(name, url).url })),
    route,
    settings,
    driftCheckMs:
      env.DRIFT_CHECK_MS === "0" ? 0 : readTimeoutMs(env, "DRIFT_CHECK_MS", DEFAULT_DRIFT_CHECK_MS),
    requestTimeoutMs: readTimeoutMs(env, "REQUEST_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS),
    deduplicate: readBoolean(env, "SUBGRAPH_DEDUPLICATION", true),
    resultShaping: readResultShaping(env),
    limits: loadLimitSettings(env),
    cors: readCorsSettings(env),
    registry: readRegistrySettings(env),
    responseCache: readResponseCache(env),
  };
}
