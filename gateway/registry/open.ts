import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SupergraphManager } from "@apollo/gateway";
import { printSchema, Supergraph } from "@apollo/federation-internals";
import type { Logger } from "pino";
import type { SubgraphRouter } from "../data-source";
import type { SupergraphEvent } from "../supergraph-watch";
import type { SubgraphSource } from "./compose";
import type { SubgraphSettingsStore } from "../subgraph-settings";
import { Registry } from "./registry";
import type { RegisteredSubgraph } from "./entities";
import { readShippedDocuments, type RegistrySettings } from "./settings";
import { registrySupergraph } from "./source";
import { RegistryConflict, RegistryStore } from "./store";
import { createUsageRecorder, type UsageRecorder } from "./usage";
import { registryInvalidationFeed, type InvalidationFeed } from "./invalidations";

/** A running registry: the service, the usage it records, and the supergraph it serves. */
export interface OpenRegistry {
  registry: Registry;
  /** The SDL of each subgraph as the served supergraph was composed from it (for drift). */
  publishedSdl: (name: string) => string | undefined;
  usage: UsageRecorder;
  /** Writes reported to the other gateway replicas' response caches. */
  invalidations: InvalidationFeed;
  supergraph: SupergraphManager;
  notes: string[];
  close(): Promise<void>;
}

/**
 * The repository's subgraphs: those the supergraph file names, each with the SDL `npm run
 * compose` wrote beside it (schema/<name>.graphql) and the URL the gateway routes it to. Where
 * that file is not beside it (a supergraph mounted alone, as in a cluster), the subgraph's SDL is
 * extracted from the supergraph itself: it composes into the same API.
 */
export function repositorySubgraphs(
  supergraphPath: string,
  route: SubgraphRouter,
): SubgraphSource[] {
  const folder = dirname(supergraphPath);
  const supergraph = Supergraph.build(readFileSync(supergraphPath, "utf8"));
  return supergraph
    .subgraphs()
    .values()
    .map(({ name, url, schema }) => {
      const file = join(folder, `${name}.graphql`);
      const sdl = existsSync(file)
        ? readFileSync(file, "utf8").replace(/^(#.*\n)+/, "")
        : printSchema(schema);
      return { name, url: route(name, url).url, sdl };
    });
}

/**
 * Opens the registry for a gateway process: migrates its database, brings the repository's
 * subgraphs in (a restart after `npm run compose` publishes what changed; a second replica
 * starting at the same moment finds the first one's work and retries once), and starts
 * recording usage.
 */
export async function openRegistry(
  registrySettings: RegistrySettings,
  repository: { root: string; subgraphs: SubgraphSource[] },
  logger: Logger,
  onEvent: (event: SupergraphEvent) => void,
  settings: SubgraphSettingsStore,
): Promise<OpenRegistry> {
  const store = await RegistryStore.open(registrySettings.database);
  try {
    const registry = new Registry(store, {
      shipped: readShippedDocuments(repository.root),
      windowDays: registrySettings.windowDays,
    });
    let notes: string[];
    try {
      notes = await registry.adoptRepository(repository.subgraphs);
    } catch (error) {
      if (!(error instanceof RegistryConflict)) throw error;
      notes = await registry.adoptRepository(repository.subgraphs);
    }
    const usage = createUsageRecorder(store, registrySettings.usage, logger);
    let live = new Map<string, string>();
    // A deadline or breaker the coordinator registered applies at once, on every replica.
    const applySettings = (subgraphs: RegisteredSubgraph[]) => {
      for (const { name, timeoutMs, breakerFailures } of subgraphs)
        settings.set(name, {
          ...(timeoutMs !== null ? { timeoutMs } : {}),
          ...(breakerFailures !== null ? { breaker: { failures: breakerFailures } } : {}),
        });
    };
    return {
      registry,
      usage,
      invalidations: registryInvalidationFeed(store, logger),
      publishedSdl: (name) => live.get(name),
      supergraph: registrySupergraph(
        store,
        registrySettings.pollMs,
        onEvent,
        applySettings,
        (versions) => {
          live = new Map(versions.map(({ subgraph, sdl }) => [subgraph, sdl]));
        },
      ),
      notes,
      close: async () => {
        await usage.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
