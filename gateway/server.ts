import type { ApolloGateway, SupergraphManager } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import type { CorsSettings } from "../subgraphs/shared/cors";
import { platformApolloOptions } from "../subgraphs/shared/apollo-options";
import { listen, type RunningServer } from "../subgraphs/shared/http";
import type { HttpLimits } from "../subgraphs/shared/http-limits";
import type { LimitSettings } from "../subgraphs/shared/limits";
import {
  closeObservability,
  createObservability,
  type Observability,
} from "../subgraphs/shared/observability";
import { createGatewayContext, type GatewayContext } from "./auth";
import { authConfigRoute } from "./auth-config-route";
import { createCallerVerifier, type EdgeAuth } from "./edge-auth";
import { createTokenMinter } from "./minter";
import { loadSigningKeys, type SigningKeys } from "./signing-keys";
import { loadSubgraphClients, type SubgraphClients } from "./subgraph-clients";
import { credentialRoutes } from "./token-endpoint";
import { dashboardRoute, explorerRoute } from "./dashboard-route";
import { pageSecurityHeaders } from "./page-headers";
import type { SubgraphRouter } from "./data-source";
import {
  createGateway,
  createGatewayCaches,
  liveCentreCheck,
  type GatewayCaches,
  routeOf,
  settingsOfRoute,
} from "./federation";
import { createDriftWatch, DEFAULT_DRIFT_CHECK_MS, repositoryPublishedSdl } from "./drift";
import type { DriftWatch, PublishedSdl } from "./drift";
import { createGatewayReadiness } from "./readiness";
import { createSubgraphBreakers, type SubgraphBreakers } from "./subgraph-breaker";
import type { SubgraphSettingsStore } from "./subgraph-settings";
import { DEFAULT_REQUEST_TIMEOUT_MS, withRequestDeadline } from "./request-deadline";
import { supergraphHash } from "./supergraph-watch";
import type { SubgraphEntry } from "./subgraph-list";
import type { ResultShaping } from "./shaping-switch";
import type { Registry } from "./registry/registry";
import { registryRoutes } from "./registry/routes";
import type { UsageRecorder } from "./registry/usage";
import type { InvalidationFeed } from "./registry/invalidations";
import {
  createResponseCache,
  type ResponseCache,
  type ResponseCacheSettings,
} from "./response-cache";

export interface GatewayOptions {
  /** Which callers' credentials the gateway accepts: sign-ins and service tokens. */
  auth: EdgeAuth;
  /**
   * The keys the gateway signs subgraph tokens with (the development key when left out), and
   * the subgraphs that may exchange tokens (development secrets when left out).
   */
  signingKeys?: SigningKeys;
  clients?: SubgraphClients;
  /** The composed supergraph SDL the gateway serves, or a manager that supplies and updates it. */
  supergraphSdl: string | SupergraphManager;
  /** Where each subgraph is reached; overrides the URLs recorded in the supergraph. */
  subgraphs: SubgraphEntry[];
  /**
   * Where and how long to call each subgraph the supergraph names, one added by a later
   * supergraph included. By default: the URL in `subgraphs`, else the supergraph's, and
   * DEFAULT_SUBGRAPH_TIMEOUT_MS.
   */
  route?: SubgraphRouter;
  /**
   * Each subgraph's live settings: core or guest, deadline, circuit breaker (gateway/config.ts
   * loads them from the environment and SUBGRAPH_SETTINGS_FILE; the registry sets them). When
   * left out: the deadlines of `route`, the default core subgraphs and breaker.
   */
  settings?: SubgraphSettingsStore;
  /** Each subgraph's published SDL, for drift checks (schema/<name>.graphql when left out). */
  publishedSdl?: PublishedSdl;
  /** How often running subgraphs' SDL is compared with the published one; 0 never. */
  driftCheckMs?: number;
  /** The deadline of one whole request in milliseconds (DEFAULT_REQUEST_TIMEOUT_MS by default). */
  requestTimeoutMs?: number;
  /** Send identical reads in flight at once to a subgraph once (on when left out). */
  deduplicate?: boolean;
  /** Which code shapes merged results into answers (`compiled` when left out): shaping-switch.ts. */
  resultShaping?: ResultShaping;
  /** Operation limits, checked before any planning (the `LIMIT_*` defaults when absent). */
  limits?: LimitSettings;
  /** Schema introspection; on when left out (gateway/config.ts turns it off in production). */
  introspection?: boolean;
  /** Body and response sizes and the shutdown grace (DEFAULT_HTTP_LIMITS when left out). */
  http?: HttpLimits;
  /**
   * Logger, metrics and tracer; when left out the gateway logs warnings and errors only, untraced,
   * with metrics of its own.
   */
  observability?: Observability;
  /** Browser origins allowed to call the gateway (`CORS_ORIGINS`); no CORS headers when left out. */
  cors?: CorsSettings;
  /** The built dashboard served at `/dashboard/` (`dashboard/dist` when left out). */
  dashboardDir?: string;
  /** The built GraphQL explorer served at `/explorer/` (`dashboard/explorer/dist` when left out). */
  explorerDir?: string;
  /**
   * The network's registry (`/registry/...`: register, check, publish, rollback) and the usage
   * recorder that counts the operations served; absent when the gateway serves a file.
   */
  registry?: { registry: Registry; usage: UsageRecorder; invalidations?: InvalidationFeed };
  /**
   * The cache of whole answers to anonymous queries (`RESPONSE_CACHE_TTL_MS`), off when left
   * out; with a registry, replicas pass writes to each other through its database.
   */
  responseCache?: ResponseCacheSettings;
}

/** A gateway serving over HTTP. */
export interface RunningGateway extends RunningServer {
  gateway: ApolloGateway;
  apollo: ApolloServer<GatewayContext>;
  observability: Observability;
  /** The per-operation caches (documents, persisted queries, query plans), bounded by `CACHE_*`. */
  caches: GatewayCaches;
  /** The drift checks of running subgraphs' SDL (drift.ts). */
  drift: DriftWatch;
  /** The subgraphs' circuit breakers (subgraph-breaker.ts). */
  breakers: SubgraphBreakers;
  /** The subgraphs' live settings in force. */
  settings: SubgraphSettingsStore;
  /** The response cache, when on. */
  responseCache?: ResponseCache;
}

/**
 * Starts the gateway inside Apollo Server on `port` (0 picks a free one): `/graphql`, with
 * Apollo Sandbox on GET from a browser outside production, `GET /health` (live) and `GET /ready`
 * (a supergraph is served and each of its core subgraphs has answered; guests, drift and open
 * circuits are named in its details).
 */
export async function startGateway(
  options: GatewayOptions,
  port: number,
  host = "0.0.0.0",
): Promise<RunningGateway> {
  const observability = options.observability ?? createObservability("gateway");
  const route = routeOf(options);
  const signingKeys = options.signingKeys ?? (await loadSigningKeys({}));
  const minter = createTokenMinter(signingKeys);
  const caches = createGatewayCaches(options);
  const settings = options.settings ?? settingsOfRoute(route);
  const breakers = createSubgraphBreakers(settings, observability);
  const responseCache =
    options.responseCache &&
    createResponseCache(
      options.responseCache,
      observability.logger,
      options.registry?.invalidations,
    );
  const gateway = createGateway(
    { ...options, observability },
    route,
    minter,
    caches,
    settings,
    breakers,
    responseCache,
  );
  const drift = createDriftWatch({
    route,
    settings,
    minter,
    published: options.publishedSdl ?? repositoryPublishedSdl(options.subgraphs),
    intervalMs: options.driftCheckMs ?? DEFAULT_DRIFT_CHECK_MS,
    observability,
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    observability.metrics.supergraphInfo.reset();
    observability.metrics.supergraphInfo.set({ hash: supergraphHash(coreSupergraphSdl) }, 1);
  });
  // Registered before the first load, so the readiness check knows every supergraph served.
  const readiness = createGatewayReadiness(
    route,
    (name) => settings.get(name).core,
    () => {
      const drifts = drift.report();
      const circuits = breakers.report();
      return {
        ...(Object.keys(drifts).length > 0 ? { drift: drifts } : {}),
        ...(Object.keys(circuits).length > 0 ? { circuits } : {}),
      };
    },
  );
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    readiness.onSupergraph(coreSupergraphSdl);
    drift.onSupergraph(coreSupergraphSdl);
    responseCache?.onSupergraph(coreSupergraphSdl);
  });
  const apolloOptions = platformApolloOptions(options.limits, caches);
  if (options.registry) apolloOptions.plugins.push(options.registry.usage.plugin);
  if (responseCache) apolloOptions.plugins.push(responseCache.plugin);
  const apollo = new ApolloServer<GatewayContext>({
    ...apolloOptions,
    gateway: withRequestDeadline(gateway, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    introspection: options.introspection ?? true,
  });
  await apollo.start();
  let ready = true;
  const verifyCaller = createCallerVerifier(options.auth);
  const createContext = createGatewayContext(verifyCaller, liveCentreCheck(route));
  const running = await listen(
    {
      apollo,
      createContext,
      isReady: () => ready,
      readiness: readiness.check,
      cors: options.cors,
      limits: options.http,
      routes: [
        credentialRoutes(signingKeys, minter, options.clients ?? loadSubgraphClients({})),
        authConfigRoute(options.auth.oidc),
        dashboardRoute(
          options.dashboardDir,
          pageSecurityHeaders(options.auth.oidc ? [new URL(options.auth.oidc.issuer).origin] : []),
        ),
        explorerRoute(options.explorerDir),
        ...(options.registry ? [registryRoutes(options.registry.registry, verifyCaller)] : []),
      ],
      observability,
    },
    port,
    host,
  );
  return {
    ...running,
    gateway,
    apollo,
    observability,
    caches,
    drift,
    breakers,
    settings,
    responseCache,
    close: async () => {
      ready = false;
      drift.close();
      responseCache?.close();
      breakers.close();
      await running.close();
      await apollo.stop();
      if (!options.signingKeys) signingKeys.close();
      await closeObservability(observability);
    },
  };
}
