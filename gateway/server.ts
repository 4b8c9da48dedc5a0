import { ApolloGateway, type SupergraphManager } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import type { AuthSettings } from "../subgraphs/shared/auth/settings";
import { formatPlatformError } from "../subgraphs/shared/errors";
import { listen, type RunningServer } from "../subgraphs/shared/http";
import type { HttpLimits } from "../subgraphs/shared/http-limits";
import { loadLimitSettings, operationLimits, type LimitSettings } from "../subgraphs/shared/limits";
import { createGatewayContext, type GatewayContext } from "./auth";
import {
  createSubgraphDataSource,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  type SubgraphRouter,
} from "./data-source";
import { DEFAULT_REQUEST_TIMEOUT_MS, withRequestDeadline } from "./request-deadline";
import type { SubgraphEntry } from "./subgraph-list";

export interface GatewayOptions {
  /** How credentials are verified at the edge (each subgraph verifies them again). */
  auth: AuthSettings;
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
  /** The deadline of one whole request in milliseconds (DEFAULT_REQUEST_TIMEOUT_MS by default). */
  requestTimeoutMs?: number;
  /** Operation limits, checked before any planning (the `LIMIT_*` defaults when absent). */
  limits?: LimitSettings;
  /** Schema introspection; on when left out (gateway/config.ts turns it off in production). */
  introspection?: boolean;
  /** Body and response sizes and the shutdown grace (DEFAULT_HTTP_LIMITS when left out). */
  http?: HttpLimits;
}

/** A gateway serving over HTTP. */
export interface RunningGateway extends RunningServer {
  gateway: ApolloGateway;
  apollo: ApolloServer<GatewayContext>;
}

/** Creates the Apollo gateway for a supergraph, routing each subgraph to its configured URL. */
export function createGateway(options: GatewayOptions): ApolloGateway {
  const urls = new Map(options.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const route: SubgraphRouter =
    options.route ??
    ((name, url) => ({
      url: urls.get(name) ?? url ?? "",
      timeoutMs: DEFAULT_SUBGRAPH_TIMEOUT_MS,
    }));
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => createSubgraphDataSource(name, route(name, url)),
  });
}

/**
 * Starts the gateway inside Apollo Server on `port` (0 picks a free one): `/graphql`, with
 * Apollo Sandbox on GET from a browser outside production, and `GET /health`.
 */
export async function startGateway(
  options: GatewayOptions,
  port: number,
  host = "0.0.0.0",
): Promise<RunningGateway> {
  const gateway = createGateway(options);
  const limits = operationLimits(options.limits ?? loadLimitSettings({}));
  const apollo = new ApolloServer<GatewayContext>({
    plugins: [...limits.plugins],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    gateway: withRequestDeadline(gateway, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    introspection: options.introspection ?? true,
    formatError: formatPlatformError,
    // Stopping is runServerProcess's job: Apollo's own signal handler would stop the server
    // while responses are still being written, then kill the process with the signal.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  let ready = true;
  const createContext = createGatewayContext(options.auth);
  const running = await listen(
    { apollo, createContext, isReady: () => ready, limits: options.http },
    port,
    host,
  );
  return {
    ...running,
    gateway,
    apollo,
    close: async () => {
      ready = false;
      await running.close();
      await apollo.stop();
    },
  };
}
