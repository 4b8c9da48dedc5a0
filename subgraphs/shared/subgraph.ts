import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { IncomingMessage } from "node:http";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import { bearerToken, describeSubgraphAuth, verifySubgraphToken } from "./auth/subgraph-auth";
import { createTokenExchanger } from "./auth/token-exchange";
import type { RequestContext } from "./context";
import { platformApolloOptions } from "./apollo-options";
import { createDatabase, openDatabase, type Database } from "./data-source";
import { databaseOutagePlugin, formatDatabaseOutage } from "./database-outage";
import { httpReferenceChecker } from "./organization-lookup";
import { invalidationPlugin, logChanges } from "./invalidation";
import { listen, type RunningServer } from "./http";
import {
  closeObservability,
  createLogger,
  createObservability,
  loadObservabilitySettings,
  setProcessLogger,
  type Observability,
} from "./observability";
import { databaseReadiness } from "./readiness";
import type { SubgraphMigrations } from "./migrations";
import { runServerProcess } from "./process";
import { serviceSdlGuard } from "./service-sdl-guard";
import {
  DEFAULT_REFERENCE_TIMEOUT_MS,
  loadSubgraphConfig,
  type SubgraphConfig,
} from "./subgraph-config";

/** What makes one subgraph: the four subgraphs each export one of these from server.ts. */
export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  defaultPort: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  /** The migrations that create and change its tables, per kind of database (migrations/). */
  migrations: SubgraphMigrations;
  buildSchema: () => Promise<GraphQLSchema>;
  /** A fresh context per request: new DataLoaders every time. */
  createContext: (request: RequestContext) => Promise<TContext>;
  /** Loads the seed rows that are missing; returns how many rows were added per table. */
  seed: (dataSource: DataSource) => Promise<Record<string, number>>;
}

/** A subgraph serving over HTTP, with its data source and SQL statement counter. */
export interface RunningSubgraph extends RunningServer {
  name: string;
  database: Database;
  apollo: ApolloServer<BaseContext>;
  /** Its logger, metrics registry (`GET /metrics`) and tracer. */
  observability: Observability;
}

/**
 * Opens the subgraph's database, seeds it when asked, and serves it over HTTP. Pure with
 * respect to its arguments: tests call it with `:memory:` or temporary files and port 0. Without
 * `observability` it logs only warnings and errors, untraced, with metrics of its own.
 */
export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  config: SubgraphConfig,
  observability: Observability = createObservability(definition.name),
): Promise<RunningSubgraph> {
  // Tables come only from the subgraph's own migrations (see data-source.ts).
  const settings = { ...config.database, migrations: definition.migrations };
  const database = createDatabase(settings, definition.entities, observability.metrics);
  const dataSource = await openDatabase(database, settings);
  if (config.seed) await definition.seed(dataSource);
  const common = platformApolloOptions(config.limits);
  const schema = await definition.buildSchema();
  // Each mutation reports the records it changed, for the gateway's response cache.
  logChanges(dataSource, schema);
  const apollo = new ApolloServer<TContext>({
    ...common,
    schema,
    introspection: config.introspection ?? true,
    // A database that cannot be reached is DATABASE_UNAVAILABLE, not an internal error. Only
    // here: a subgraph's uncoded connection errors are its database's, a gateway's may not be.
    formatError: (formatted, error) =>
      formatDatabaseOutage(formatted, error) ?? common.formatError(formatted, error),
    // Usage reporting is not configured, so federated traces would only cost time.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...common.plugins,
      // A database outage answers 503 with Retry-After (database-outage.ts).
      databaseOutagePlugin(),
      invalidationPlugin(),
      // Production: the SDL is not for everyone, as introspection is not (see the guard).
      ...(config.introspection === false ? [serviceSdlGuard()] : []),
    ],
  });
  await apollo.start();
  const references = httpReferenceChecker(
    config.organizationsUrl,
    config.referenceTimeoutMs ?? DEFAULT_REFERENCE_TIMEOUT_MS,
  );
  // Every request is authenticated here, whoever sent it: only a token the gateway minted for
  // this subgraph is accepted, so a caller that bypasses the gateway, or replays a token seen
  // at another subgraph, meets the same refusal.
  const exchange = createTokenExchanger(config.auth.exchange);
  const createContext = async (request: IncomingMessage) => {
    const token = bearerToken(request.headers);
    const principal = token === undefined ? null : await verifySubgraphToken(config.auth, token);
    return definition.createContext({
      dataSource,
      principal,
      references,
      onBehalfOf: token === undefined ? undefined : (audience) => exchange(token, audience),
      organizationsUrl: config.organizationsUrl,
    });
  };
  const running = await listen(
    {
      apollo,
      createContext,
      limits: config.http,
      readiness: databaseReadiness(dataSource),
      observability,
      logChanges: true,
    },
    config.port,
    config.host,
  );
  let closing: Promise<void> | undefined;
  return {
    ...running,
    name: definition.name,
    database,
    apollo: apollo as unknown as ApolloServer<BaseContext>,
    observability,
    // Closing twice (a test that stops a subgraph early, then the whole stack, or a second
    // signal while draining) waits for the same close.
    close: () =>
      (closing ??= (async () => {
        await running.close();
        await apollo.stop();
        if (dataSource.isInitialized) await dataSource.destroy();
        await closeObservability(observability);
      })()),
  };
}

/** The entry of a subgraph process: config from the environment, start, stop on SIGTERM. */
export function runSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
): void {
  let config: SubgraphConfig;
  let observability: Observability;
  try {
    config = loadSubgraphConfig(definition.name, definition.defaultPort);
    const settings = loadObservabilitySettings();
    const logger = createLogger(definition.name, settings);
    setProcessLogger(logger);
    observability = createObservability(definition.name, settings, { logger });
  } catch (error) {
    // No logger yet (LOG_LEVEL may be the bad value): one plain line, as every entry writes it.
    process.stderr.write(`[${definition.name}] configuration error: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const store = config.database.url ? "PostgreSQL" : `SQLite ${config.database.sqlitePath}`;
  runServerProcess(
    () => startSubgraph(definition, config, observability),
    (running) => [`subgraph ready at ${running.url} (${store})`, describeSubgraphAuth(config.auth)],
  );
}
