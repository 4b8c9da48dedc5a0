import { readFileSync } from "node:fs";
import { describeAuth } from "../subgraphs/shared/auth/settings";
import { runServerProcess } from "../subgraphs/shared/process";
import { loadGatewayConfig, type GatewayConfig } from "./config";
import { startGateway } from "./server";
import {
  assertLoadableSupergraph,
  watchedSupergraph,
  type SupergraphEvent,
} from "./supergraph-watch";

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
  try {
    assertLoadableSupergraph(readFileSync(config.supergraphPath, "utf8"));
  } catch (error) {
    // One line, not the parser's stack: the reason's first line says what is wrong.
    const reason = (error as Error).message.split("\n")[0];
    console.error(
      `[gateway] failed to start: "${config.supergraphPath}" is not a supergraph the gateway can serve: ${reason}`,
    );
    process.exit(1);
  }
  const supergraph = watchedSupergraph(config.supergraphPath, config.pollMs, logSupergraphEvent);
  runServerProcess(
    "gateway",
    () =>
      startGateway(
        {
          supergraphSdl: supergraph,
          subgraphs: config.subgraphs,
          auth: config.auth,
          route: config.route,
          requestTimeoutMs: config.requestTimeoutMs,
          limits: config.limits,
          introspection: config.introspection,
          http: config.http,
        },
        config.port,
        config.host,
      ),
    (running) => [
      `serving ${config.supergraphPath} at ${running.url} (reloaded when it changes)`,
      describeAuth(config.auth),
      `each request answers within ${config.requestTimeoutMs} ms`,
      ...config.subgraphs.map(
        ({ name, url }) => `  ${name} -> ${url} (${config.route(name, url).timeoutMs} ms)`,
      ),
    ],
  );
}

main();
