import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph, subgraphSdls } from "../../tools/composition";
import { changeKeys, writeJson } from "../../tools/keys";
import { freePort, spawnEntry, waitFor, type SpawnedProcess } from "./spawned";
import { environmentPrefix } from "../../subgraphs/shared/subgraph-config";

/** A proxy in front of a subgraph that records the Authorization header of every request. */
export interface CaptureProxy {
  url: string;
  captured: (string | undefined)[];
  close(): Promise<void>;
}

/** Starts a capture proxy forwarding to `target` (a subgraph's GraphQL URL). */
export async function startCaptureProxy(target: () => string): Promise<CaptureProxy> {
  const captured: (string | undefined)[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.url === "/graphql") captured.push(incoming.headers.authorization);
    const to = new URL(target());
    const forward = httpRequest(
      {
        hostname: to.hostname,
        port: to.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on("error", () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    captured,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The variables that hold signing material; none may reach a subgraph's environment. */
export const SIGNING_VARIABLES = [
  "AUTH_JWT_SECRET",
  "AUTH_PRIVATE_KEY_FILE",
  "GATEWAY_SIGNING_KEYS_FILE",
  "SUBGRAPH_CLIENTS_FILE",
];

/** A network in production posture: every process its own, the gateway the only signer. */
export interface ProductionNetwork {
  gatewayUrl: string;
  /** Each subgraph's own URL (not through a proxy). */
  subgraphUrls: Record<string, string>;
  /** The proxies in front of the subgraphs named in `captured`, by name. */
  proxies: Record<string, CaptureProxy>;
  /** The environment each subgraph was started with, by name. */
  subgraphEnvs: Record<string, Record<string, string>>;
  /** The gateway's signing keys file, for rotations. */
  keysFile: string;
  serviceSecret: string;
  processes: SpawnedProcess[];
  close(): Promise<void>;
}

const graphqlUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * Starts `subgraphs` and a gateway as processes in production posture: the gateway with a fresh
 * signing key, a service-token secret and the programmes subgraph's client secret; each subgraph
 * with only the gateway's JWKS URL (loopback) and, for programmes, its client secret. The
 * subgraphs named in `captured` are reached by the gateway through a capture proxy.
 */
export async function startProductionNetwork(
  subgraphs: string[],
  captured: string[],
): Promise<ProductionNetwork> {
  const folder = mkdtempSync(join(tmpdir(), "ngo-graph-network-"));
  const keysFile = join(folder, "gateway-signing.json");
  writeJson(keysFile, { keys: await changeKeys("new", join(folder, "none.json")) });
  const gatewayPort = await freePort();
  const gatewayBase = `http://127.0.0.1:${gatewayPort}`;
  const serviceSecret = "a-service-token-secret-of-at-least-32-characters";
  const clientSecret = "the-programmes-client-secret-of-32-characters";
  const ports = Object.fromEntries(
    await Promise.all(subgraphs.map(async (name) => [name, await freePort()])),
  );
  const subgraphUrls = Object.fromEntries(subgraphs.map((name) => [name, graphqlUrl(ports[name])]));
  const proxies: Record<string, CaptureProxy> = {};
  for (const name of captured) proxies[name] = await startCaptureProxy(() => subgraphUrls[name]);
  const processes: SpawnedProcess[] = [];
  const subgraphEnvs: Record<string, Record<string, string>> = {};
  for (const name of subgraphs) {
    const prefix = environmentPrefix(name);
    subgraphEnvs[name] = {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      MIGRATE: "true",
      LOG_LEVEL: "warn",
      GATEWAY_JWKS_URL: `${gatewayBase}/.well-known/jwks.json`,
      GATEWAY_URL: gatewayBase,
      ORGANIZATIONS_URL: subgraphUrls.organizations,
      [`${prefix}_PORT`]: String(ports[name]),
      [`${prefix}_DATABASE`]: ":memory:",
      ...(name === "programmes" ? { SUBGRAPH_CLIENT_SECRET: clientSecret } : {}),
    };
    processes.push(spawnEntry(`subgraphs/${name}/index.ts`, subgraphEnvs[name]));
  }
  const entries = subgraphs.map((name) => ({
    name,
    url: proxies[name]?.url ?? subgraphUrls[name],
  }));
  const { supergraphSdl, errors } = composeSupergraph(entries, await subgraphSdls(entries));
  if (!supergraphSdl) throw new Error(errors.join("\n"));
  const supergraphFile = join(folder, "supergraph.graphql");
  writeFileSync(supergraphFile, supergraphSdl);
  const routes = Object.fromEntries(
    entries.map(({ name, url }) => [`${environmentPrefix(name)}_URL`, url]),
  );
  processes.push(
    spawnEntry("gateway/index.ts", {
      ...routes,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      GATEWAY_PORT: String(gatewayPort),
      SUPERGRAPH_PATH: supergraphFile,
      SUPERGRAPH_POLL_MS: "200",
      GATEWAY_SIGNING_KEYS_FILE: keysFile,
      AUTH_JWT_SECRET: serviceSecret,
      PROGRAMMES_CLIENT_SECRET: clientSecret,
    }),
  );
  const close = async () => {
    for (const started of processes) started.child.kill("SIGTERM");
    await Promise.all(processes.map((started) => started.exited));
    await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
  };
  try {
    for (const url of [...Object.values(subgraphUrls), `${gatewayBase}/graphql`])
      await waitFor(
        `${url} to be ready`,
        async () => {
          try {
            return (await fetch(url.replace("/graphql", "/ready"))).ok;
          } catch {
            return false;
          }
        },
        90_000,
      );
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n${processes.map((p) => p.output()).join("\n")}`);
  }
  return {
    gatewayUrl: `${gatewayBase}/graphql`,
    subgraphUrls,
    proxies,
    subgraphEnvs,
    keysFile,
    serviceSecret,
    processes,
    close,
  };
}
