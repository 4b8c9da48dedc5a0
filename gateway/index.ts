import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import type { Logger } from "pino";
import {
  createLogger,
  createObservability,
  loadObservabilitySettings,
  setProcessLogger,
  type Observability,
  type ObservabilitySettings,
} from "../subgraphs/shared/observability";
import { runServerProcess } from "../subgraphs/shared/process";
import { runGatewayPrimary, readGatewayWorkers } from "./cluster";
import { loadGatewayConfig, type GatewayConfig } from "./config";
import { describeEdgeAuth } from "./edge-auth";
import { loadSigningKeys, type SigningKeys } from "./signing-keys";
import { startGateway } from "./server";
import { openRegistry, repositorySubgraphs, type OpenRegistry } from "./registry/open";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import {
  assertLoadableSupergraph,
  watchedSupergraph,
  type SupergraphEvent,
} from "./supergraph-watch";

/** Logs and counts a change of the supergraph file. */
function onSupergraphEvent(observability: Observability) {
  const { logger, metrics } = observability;
  return (event: SupergraphEvent): void => {
    metrics.supergraphReloads.inc({ outcome: event.kind });
    if (event.kind === "loaded")
      logger.info(
        { event: "supergraph_loaded", path: event.path, hash: event.hash },
        `reloaded supergraph ${event.path}`,
      );
    else
      logger.error(
        { event: "supergraph_refused", path: event.path, reason: event.reason },
        `refused supergraph ${event.path}: ${event.reason}; the previous one keeps serving`,
      );
  };
}

/**
 * Refusals before the logger exists (a bad variable, LOG_LEVEL included, or a supergraph that
 * does not load) are one plain line on stderr and exit 1, as in every process of the platform.
 */
function refuse(line: string): never {
  process.stderr.write(`[gateway] ${line}\n`);
  process.exit(1);
}

function main(): void {
  let config: GatewayConfig;
  let settings: ObservabilitySettings;
  let logger: Logger;
  let workers: number;
  try {
    config = loadGatewayConfig();
    workers = readGatewayWorkers(process.env);
    settings = loadObservabilitySettings();
    logger = createLogger("gateway", settings);
    setProcessLogger(logger);
  } catch (error) {
    refuse(`configuration error: ${(error as Error).message}`);
  }
  try {
    assertLoadableSupergraph(readFileSync(config.supergraphPath, "utf8"));
  } catch (error) {
    // One line, not the parser's stack: the reason's first line says what is wrong.
    const reason = (error as Error).message.split("\n")[0];
    refuse(
      `failed to start: "${config.supergraphPath}" is not a supergraph the gateway can serve: ${reason}`,
    );
  }
  // Several workers: this process only starts, restarts and stops them; each serves the port.
  if (cluster.isPrimary && workers > 1)
    return runGatewayPrimary(workers, config.http.shutdownGraceMs, logger);
  let observability: Observability;
  try {
    observability = createObservability("gateway", settings, { logger });
  } catch (error) {
    refuse(`configuration error: ${(error as Error).message}`);
  }
  const onEvent = onSupergraphEvent(observability);
  const fileSupergraph = watchedSupergraph(config.supergraphPath, config.pollMs, onEvent);
  let registry: OpenRegistry | undefined;
  let signingKeys: SigningKeys;
  runServerProcess(
    async () => {
      if (config.registry) {
        registry = await openRegistry(
          config.registry,
          {
            root: findProjectRoot(),
            subgraphs: repositorySubgraphs(config.supergraphPath, config.route),
          },
          observability.logger,
          onEvent,
          config.settings,
        );
        for (const note of registry.notes) observability.logger.info({ event: "registry" }, note);
      }
      const running = await startGateway(
        {
          supergraphSdl: registry?.supergraph ?? fileSupergraph,
          registry,
          subgraphs: config.subgraphs,
          auth: config.auth,
          signingKeys: (signingKeys = await loadSigningKeys(process.env, config.pollMs)),
          clients: config.clients,
          route: config.route,
          settings: config.settings,
          publishedSdl: registry?.publishedSdl,
          driftCheckMs: config.driftCheckMs,
          requestTimeoutMs: config.requestTimeoutMs,
          deduplicate: config.deduplicate,
          resultShaping: config.resultShaping,
          limits: config.limits,
          introspection: config.introspection,
          http: config.http,
          cors: config.cors,
          responseCache: config.responseCache,
          observability,
        },
        config.port,
        config.host,
      );
      const closeGateway = running.close;
      return { ...running, close: async () => (await closeGateway(), await registry?.close()) };
    },
    (running) => [
      registry
        ? `serving the registry's supergraph at ${running.url} (every publish is served within ${config.registry!.pollMs} ms)`
        : `serving ${config.supergraphPath} at ${running.url} (reloaded when it changes)`,
      ...describeEdgeAuth(config.auth),
      `subgraph tokens: signed with ${signingKeys.source}, public keys at /.well-known/jwks.json`,
      `each request answers within ${config.requestTimeoutMs} ms`,
      config.responseCache
        ? `response cache: anonymous answers kept ${config.responseCache.ttlMs} ms${registry ? `, writes on other replicas read every ${config.responseCache.pollMs} ms` : ""}`
        : "response cache: off (RESPONSE_CACHE_TTL_MS not set)",
      ...config.subgraphs.map(
        ({ name, url }) =>
          `  ${name} -> ${url} (${config.route(name, url).timeoutMs} ms, ${config.settings.get(name).core ? "core" : "guest"})`,
      ),
    ],
  );
}

main();
