import { ApolloGateway, type SupergraphManager } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import type { AuthSettings } from "../subgraphs/shared/auth/settings";
import { formatPlatformError } from "../subgraphs/shared/errors";
import { listen, type RunningServer } from "../subgraphs/shared/http";
import { createGatewayContext, type GatewayContext } from "./auth";
import { createSubgraphDataSource } from "./data-source";
import type { SubgraphEntry } from "./subgraph-list";

export interface GatewayOptions {
  /** How credentials are verified at the edge (each subgraph verifies them again). */
  auth: AuthSettings;
  /** The composed supergraph SDL the gateway serves, or a manager that supplies and updates it. */
  supergraphSdl: string | SupergraphManager;
  /** Where each subgraph is reached; overrides the URLs recorded in the supergraph. */
  subgraphs: SubgraphEntry[];
}

/** A gateway serving over HTTP. */
export interface RunningGateway extends RunningServer {
  gateway: ApolloGateway;
  apollo: ApolloServer<GatewayContext>;
}

/** Creates the Apollo gateway for a supergraph, routing each subgraph to its configured URL. */
export function createGateway(options: GatewayOptions): ApolloGateway {
  const urls = new Map(options.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => createSubgraphDataSource(name, urls.get(name) ?? url ?? ""),
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
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    formatError: formatPlatformError,
  });
  await apollo.start();
  let ready = true;
  const createContext = createGatewayContext(options.auth);
  const running = await listen({ apollo, createContext, isReady: () => ready }, port, host);
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
