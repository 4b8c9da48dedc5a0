import { ApolloGateway, type GatewayConfig } from "@apollo/gateway";
import { createOperationCaches, type OperationCaches } from "../subgraphs/shared/operation-cache";
import { loadLimitSettings } from "../subgraphs/shared/limits";
import { httpReferenceChecker } from "../subgraphs/shared/organization-lookup";
import type { LiveCentreCheck } from "./auth";
import type { TokenMinter } from "./minter";
import type { SubgraphBreakers } from "./subgraph-breaker";
import { observeSubgraphCalls } from "./subgraph-observer";
import {
  createSubgraphDataSource,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  type SubgraphRouter,
} from "./data-source";
import {
  createSubgraphSettings,
  subgraphDefaults,
  type SubgraphSettingsStore,
} from "./subgraph-settings";
import type { GatewayOptions } from "./server";
import type { ResponseCache } from "./response-cache";
import { useResultShaping } from "./shaping-switch";

/*
 * The Apollo gateway a gateway process serves, and what it is built from: its caches, the route
 * and settings of each subgraph, and the check of a credential's centre.
 */

/** @apollo/gateway's query plan, named through its config (its own package is not a dependency). */
type QueryPlanCache = NonNullable<NonNullable<GatewayConfig["queryPlannerConfig"]>["cache"]>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache["get"]>>>;
export type GatewayCaches = OperationCaches<QueryPlan>;

/** The gateway's caches, bounded by the settings' `CACHE_*`. */
export function createGatewayCaches(options: GatewayOptions): GatewayCaches {
  return createOperationCaches<QueryPlan>((options.limits ?? loadLimitSettings({})).caches);
}

/** The route to each subgraph: `options.route`, else the listed URL, else the supergraph's. */
export function routeOf(options: GatewayOptions): SubgraphRouter {
  const urls = new Map(options.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  return (
    options.route ??
    ((name, url) => ({
      url: urls.get(name) ?? url ?? "",
      timeoutMs: DEFAULT_SUBGRAPH_TIMEOUT_MS,
    }))
  );
}

/**
 * Settings for a gateway given none: the defaults of an empty environment, with the deadline
 * `route` gives each subgraph (DEFAULT_SUBGRAPH_TIMEOUT_MS when it cannot route it).
 */
export function settingsOfRoute(route: SubgraphRouter): SubgraphSettingsStore {
  const defaults = subgraphDefaults({});
  return createSubgraphSettings({
    defaults: (name) => {
      let timeoutMs = DEFAULT_SUBGRAPH_TIMEOUT_MS;
      try {
        timeoutMs = route(name, undefined).timeoutMs;
      } catch {
        // A router that needs a URL for this subgraph: the default deadline.
      }
      return { ...defaults(name), timeoutMs };
    },
  });
}

/**
 * Creates the Apollo gateway for a supergraph, routing each subgraph to its configured URL with
 * tokens minted for it, each call with the deadline its settings say at that moment and through
 * its circuit breaker.
 */
export function createGateway(
  options: GatewayOptions,
  route: SubgraphRouter,
  minter: TokenMinter,
  caches: GatewayCaches,
  settings: SubgraphSettingsStore,
  breakers: SubgraphBreakers,
  cache: ResponseCache | undefined,
): ApolloGateway {
  // Process-wide, like @apollo/gateway's module: the last gateway created chooses.
  useResultShaping(options.resultShaping ?? "compiled", (message) =>
    options.observability?.logger.warn(message),
  );
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // The default plan store measures a plan by its JSON, a tenth of the heap it holds.
    queryPlannerConfig: { cache: caches.plans },
    buildService: ({ name, url }) => {
      const source = createSubgraphDataSource(name, route(name, url), minter, {
        timeoutMs: () => settings.get(name).timeoutMs,
        breakers,
        deduplicate: options.deduplicate ?? true,
        cache,
      });
      return options.observability
        ? observeSubgraphCalls(source, name, options.observability)
        : source;
    },
  });
}

/**
 * Whether a credential's centre is live, asked anonymously of the organizations subgraph with
 * the reference checks' cache (30 s). A failed look-up tells nothing (undefined): the subgraphs
 * check again where protected data and writes are served.
 */
export function liveCentreCheck(route: SubgraphRouter): LiveCentreCheck {
  const { url, timeoutMs } = route("organizations", undefined);
  if (!url) return async () => undefined;
  const references = httpReferenceChecker(url, timeoutMs);
  return (id) => references.isLiveCentre(id).catch(() => undefined);
}
