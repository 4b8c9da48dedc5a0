import { describeAuth } from "../subgraphs/shared/auth/settings";
import { runServerProcess } from "../subgraphs/shared/process";
import { loadGatewayConfig, type GatewayConfig } from "./config";
import { startGateway } from "./server";
import { watchedSupergraph, type SupergraphEvent } from "./supergraph-watch";

function logSupergraphEvent(event: SupergraphEvent): void {
  if (event.kind === "loaded") console.log(`[gateway] reloaded supergraph ${event.path}`);
  else
    console.error(
      `[gateway] refused supergraph ${event.path}: ${event.reason}; the previous one keeps serving`,
    );
}

function main(): void {
  let config: GatewayConfig;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    console.error(`[gateway] configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
  const supergraph = watchedSupergraph(config.supergraphPath, config.pollMs, logSupergraphEvent);
  runServerProcess(
    "gateway",
    () =>
      startGateway(
        { supergraphSdl: supergraph, subgraphs: config.subgraphs, auth: config.auth },
        config.port,
        config.host,
      ),
    (running) => [
      `serving ${config.supergraphPath} at ${running.url} (reloaded when it changes)`,
      describeAuth(config.auth),
      ...config.subgraphs.map((subgraph) => `  ${subgraph.name} -> ${subgraph.url}`),
    ],
  );
}

main();
