import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

/**
 * The benchmark's reference point: stock @apollo/gateway with its default settings (the default
 * RemoteGraphQLDataSource, make-fetch-happen, every default plugin) inside Apollo Server's
 * standalone server, serving the supergraph file in SUPERGRAPH_PATH on PORT. It calls each
 * subgraph at the URL the supergraph records, which the benchmark rewrites to its own ports.
 */
async function main(): Promise<void> {
  const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH ?? "", "utf8");
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: "127.0.0.1" },
  });
  console.log(`stock gateway at ${url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
