import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { productionKeys } from "../process-env";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { freePort, spawnNode, stopChild, waitServing, type Spawned } from "../processes";
import { entryArgs } from "../entry";

/** The four subgraphs of `npm start`, organizations first (the others check references there). */
export const SUBGRAPHS = ["organizations", "regions", "events", "programmes"] as const;

/**
 * What the benchmark can measure: the organizations subgraph itself and three gateways (Hive
 * Gateway twice: its JavaScript runtime, `hive`, and the Rust query planner and executor of
 * @graphql-hive/router-runtime, `hive-rust`), and the project gateway again with the registry
 * on, recording the usage of every operation it serves (`recording`): the ratio of the two is
 * what recording costs the request path. With `--targets`, also the response caches: the
 * project gateway with `RESPONSE_CACHE_TTL_MS` (`cached`) and Hive Gateway with its
 * `responseCaching` (`hive-cached`), both 30 s; and the project gateway with one worker process
 * per core (`workers`, GATEWAY_WORKERS) where every other target runs one process.
 */
export type TargetName =
  | "direct"
  | "project"
  | "recording"
  | "stock"
  | "hive"
  | "hive-rust"
  | "cached"
  | "hive-cached"
  | "workers";
export const DEFAULT_TARGETS: readonly TargetName[] = [
  "direct",
  "project",
  "recording",
  "stock",
  "hive",
  "hive-rust",
];
export const TARGET_NAMES: readonly TargetName[] = [
  ...DEFAULT_TARGETS,
  "cached",
  "hive-cached",
  "workers",
];

/** The response caches' time limit in the benchmark, in milliseconds. */
const CACHE_TTL_MS = 30_000;

/** Hive Gateway's CLI serving the supergraph, with the Rust runtime or its default one. */
function hiveCommand(root: string, supergraphPath: string, port: number, rust: boolean): string[] {
  return [
    join(root, "node_modules", "@graphql-hive", "gateway", "dist", "bin.js"),
    "supergraph",
    supergraphPath,
    "--port",
    String(port),
    "--host",
    "127.0.0.1",
    "--fork",
    "1",
    ...(rust ? ["--hive-router-runtime"] : []),
  ];
}

/** Where the subgraphs keep their data. */
export interface DataOptions {
  /** A folder for the SQLite files (kept between runs), or a fresh temporary one. */
  dataDir: string;
  /** Load the seed rows on start (`SEED`); false for a folder a generator has filled. */
  seed: boolean;
  /** A PostgreSQL URL (`DATABASE_URL`): the subgraphs keep their tables there instead. */
  databaseUrl?: string;
}

/** Every process of one benchmark run, and the GraphQL URL of each target. */
export interface Stack {
  urls: Record<TargetName, string>;
  processes: Spawned[];
  stop: () => Promise<void>;
}

/**
 * Production mode for every process, with fresh keys and quiet logs, so neither the development
 * posture nor a terminal's log output is what gets measured: the gateways get the signing key,
 * the subgraphs its public half.
 */
async function productionEnv(): Promise<{
  gateway: NodeJS.ProcessEnv;
  subgraph: NodeJS.ProcessEnv;
}> {
  const keys = await productionKeys();
  const common = { ...process.env, HOST: "127.0.0.1", LOG_LEVEL: "warn" };
  return { gateway: { ...common, ...keys.gateway }, subgraph: { ...common, ...keys.subgraph } };
}

async function startSubgraphs(
  root: string,
  env: NodeJS.ProcessEnv,
  data: DataOptions,
  processes: Spawned[],
): Promise<Record<string, string>> {
  mkdirSync(data.dataDir, { recursive: true });
  const urls: Record<string, string> = {};
  for (const name of SUBGRAPHS) urls[name] = `http://127.0.0.1:${await freePort()}/graphql`;
  const shared: NodeJS.ProcessEnv = {
    ...env,
    SEED: String(data.seed),
    // A fresh database has no tables yet; in production a subgraph migrates only when told to.
    MIGRATE: "true",
    ORGANIZATIONS_URL: urls.organizations,
    ...(data.databaseUrl ? { DATABASE_URL: data.databaseUrl } : {}),
  };
  for (const name of SUBGRAPHS) {
    const prefix = name.toUpperCase();
    const own = {
      ...shared,
      [`${prefix}_PORT`]: new URL(urls[name]).port,
      [`${prefix}_DATABASE`]: join(data.dataDir, `${name}.sqlite`),
    };
    processes.push(spawnNode(name, entryArgs(`subgraphs/${name}/index.ts`), own, root));
    // Organizations first: seeding SQLite files side by side on two cores is slower together.
    if (name === "organizations") await waitServing(processes[0], urls[name], 120);
  }
  await Promise.all(processes.map((started) => waitServing(started, urls[started.name], 120)));
  return urls;
}

/** The committed supergraph with each subgraph's recorded URL replaced by the benchmark's. */
function rewriteSupergraph(sdl: string, urls: Record<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}

/**
 * A folder with Hive Gateway's configuration for its response cache (@envelop/response-cache):
 * every caller shares the cache (`session` null: the benchmark's requests are anonymous), with
 * the project's time limit; its own invalidation by mutations stays on.
 */
function hiveCacheDir(runDir: string): string {
  const folder = join(runDir, "hive-cached");
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "gateway.config.mjs"),
    `export const gatewayConfig = { responseCaching: { session: () => null, ttl: ${CACHE_TTL_MS} } };\n`,
  );
  return folder;
}

async function startGateways(
  root: string,
  env: NodeJS.ProcessEnv,
  supergraphPath: string,
  subgraphUrls: Record<string, string>,
  targets: TargetName[],
  processes: Spawned[],
): Promise<Partial<Record<TargetName, string>>> {
  const urls: Partial<Record<TargetName, string>> = {};
  const gateways: Spawned[] = [];
  const runDir = join(supergraphPath, "..");
  const routes = Object.fromEntries(
    Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
  );
  const commands: Record<
    Exclude<TargetName, "direct">,
    (port: number) => [string[], NodeJS.ProcessEnv, string]
  > = {
    project: (port) => [
      [...entryArgs("gateway/index.ts"), "--supergraph", supergraphPath, "--port", String(port)],
      // One process, as every peer is: GATEWAY_WORKERS would otherwise be one per core.
      { ...env, ...routes, GATEWAY_WORKERS: "1" },
      root,
    ],
    recording: (port) => [
      [...entryArgs("gateway/index.ts"), "--supergraph", supergraphPath, "--port", String(port)],
      {
        ...env,
        ...routes,
        GATEWAY_WORKERS: "1",
        REGISTRY_DATABASE: join(runDir, "registry.sqlite"),
        MIGRATE: "true",
      },
      root,
    ],
    stock: (port) => [
      entryArgs("tools/bench/stock-gateway.ts"),
      { ...env, SUPERGRAPH_PATH: supergraphPath, PORT: String(port) },
      root,
    ],
    cached: (port) => [
      [...entryArgs("gateway/index.ts"), "--supergraph", supergraphPath, "--port", String(port)],
      { ...env, ...routes, GATEWAY_WORKERS: "1", RESPONSE_CACHE_TTL_MS: String(CACHE_TTL_MS) },
      root,
    ],
    workers: (port) => [
      [...entryArgs("gateway/index.ts"), "--supergraph", supergraphPath, "--port", String(port)],
      { ...env, ...routes, GATEWAY_WORKERS: String(availableParallelism()) },
      root,
    ],
    // Run from the run's own folder, so Hive Gateway finds no configuration file of its own.
    hive: (port) => [hiveCommand(root, supergraphPath, port, false), env, runDir],
    // Hive Gateway falls back to its default runtime when the package is missing: checked below.
    "hive-rust": (port) => [hiveCommand(root, supergraphPath, port, true), env, runDir],
    // From a folder of its own whose gateway.config.mjs turns its response cache on.
    "hive-cached": (port) => [
      hiveCommand(root, supergraphPath, port, false),
      env,
      hiveCacheDir(runDir),
    ],
  };
  for (const name of targets) {
    if (name === "direct") continue;
    const port = await freePort();
    const [args, ownEnv, cwd] = commands[name](port);
    const started = spawnNode(name, args, ownEnv, cwd);
    processes.push(started);
    gateways.push(started);
    urls[name] = `http://127.0.0.1:${port}/graphql`;
  }
  // Five gateways starting at once on a shared 2-core machine can take minutes between them.
  await Promise.all(
    gateways.map((started) => waitServing(started, urls[started.name as TargetName]!, 300)),
  );
  // Hive Gateway says at warn level which runtime it loaded; without that line the column
  // would measure its JavaScript runtime under the Rust runtime's name.
  const rust = gateways.find((started) => started.name === "hive-rust");
  if (rust && !/Using Hive Router Runtime/.test(rust.stderr()))
    throw new Error(`hive-rust runs without the Rust runtime:\n${rust.stderr()}`);
  return urls;
}

/**
 * Starts the four subgraphs on free ports with their data in `data`, then each requested
 * gateway in front of them, all serving the same supergraph (schema/supergraph.graphql with the
 * benchmark's subgraph URLs). `direct` is the organizations subgraph itself.
 */
export async function startStack(
  root: string,
  runDir: string,
  supergraphSdl: string,
  data: DataOptions,
  targets: TargetName[],
): Promise<Stack> {
  const env = await productionEnv();
  const processes: Spawned[] = [];
  const stop = async () => {
    // Gateways first, so none of them logs its subgraphs going away.
    for (const started of [...processes].reverse()) await stopChild(started);
  };
  try {
    const subgraphUrls = await startSubgraphs(root, env.subgraph, data, processes);
    const supergraphPath = join(runDir, "supergraph.graphql");
    writeFileSync(supergraphPath, rewriteSupergraph(supergraphSdl, subgraphUrls));
    // The registry (the `recording` target) adopts the subgraphs' SDL found beside it.
    for (const name of SUBGRAPHS)
      copyFileSync(join(root, "schema", `${name}.graphql`), join(runDir, `${name}.graphql`));
    const gatewayUrls = await startGateways(
      root,
      env.gateway,
      supergraphPath,
      subgraphUrls,
      targets,
      processes,
    );
    const urls = { ...gatewayUrls, direct: subgraphUrls.organizations } as Record<
      TargetName,
      string
    >;
    return { urls, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
