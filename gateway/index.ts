import { readFileSync } from "node:fs";
import { loadGatewayConfig } from "./config";
import { runServerProcess } from "../subgraphs/shared/process";
import { describeAuth } from "../subgraphs/shared/auth/settings";
import { startGateway } from "./server";

function main(): void {
  let config;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    console.error(`[gateway] configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(config.supergraphPath, "utf8");
  } catch (error) {
    console.error(
      `[gateway] cannot read supergraph ${config.supergraphPath}: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  runServerProcess(
    "gateway",
    () =>
      startGateway(
        { supergraphSdl, subgraphs: config.subgraphs, auth: config.auth },
        config.port,
        config.host,
      ),
    (running) => [
      `serving ${config.supergraphPath} at ${running.url}`,
      describeAuth(config.auth),
      ...config.subgraphs.map((subgraph) => `  ${subgraph.name} -> ${subgraph.url}`),
    ],
  );
}

main();
