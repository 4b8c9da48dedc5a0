import { readFileSync } from "node:fs";
import { loadGatewayConfig } from "./config";
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
  startGateway({ supergraphSdl, subgraphs: config.subgraphs }, config.port, config.host).then(
    (running) => {
      console.log(`[gateway] serving ${config.supergraphPath} at ${running.url}`);
      for (const subgraph of config.subgraphs)
        console.log(`[gateway]   ${subgraph.name} -> ${subgraph.url}`);
      const stop = () => {
        running.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    },
    (error: unknown) => {
      console.error(`[gateway] failed to start: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}

main();
