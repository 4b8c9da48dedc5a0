import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { danglingLinksPlugin } from "./dangling-links";
import { formatPlatformError } from "./errors";
import { loadLimitSettings, operationLimits, type LimitSettings } from "./limits";
import { observabilityPlugin } from "./observability/apollo-plugin";
import { operationResolutionPlugin } from "./operation-resolution";
import { createOperationCaches, type OperationCaches } from "./operation-cache";

/**
 * The Apollo Server options the gateway and every subgraph share: the same operation limits (so a
 * subgraph called directly is protected like the gateway), request observation, the platform's
 * error format, one answer to an operation that cannot be resolved, no signal handling of Apollo's own, and per-operation caches bounded by
 * `CACHE_*` (created from the settings unless given, so a caller can read their sizes).
 */
export function platformApolloOptions(
  limitSettings: LimitSettings | undefined,
  caches?: Pick<OperationCaches, "documents" | "persistedQueries">,
) {
  const settings = limitSettings ?? loadLimitSettings({});
  const limits = operationLimits(settings);
  const { documents, persistedQueries } = caches ?? createOperationCaches(settings.caches);
  return {
    // Cache control is installed by default and calls a hook for every resolved field, to
    // compute a Cache-Control header nothing here uses; usage reporting is never configured.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      observabilityPlugin(),
      danglingLinksPlugin(),
      operationResolutionPlugin(),
      ...limits.plugins,
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: formatPlatformError,
    // Apollo's defaults are caches "of 30 MiB" that measure an entry by its JSON, a quarter of
    // the heap a parsed document holds: a flood of distinct operations grew a gateway by 1 GB.
    documentStore: documents,
    persistedQueries: { cache: persistedQueries },
    // Stopping is runServerProcess's job: Apollo's own signal handler would stop the server
    // while responses are still being written, then kill the process with the signal.
    stopOnTerminationSignals: false,
  };
}
