import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { danglingLinksPlugin } from "./dangling-links";
import { formatPlatformError } from "./errors";
import { loadLimitSettings, operationLimits, type LimitSettings } from "./limits";
import { observabilityPlugin } from "./observability/apollo-plugin";
import { operationResolutionPlugin } from "./operation-resolution";

/**
 * The Apollo Server options the gateway and every subgraph share: the same operation limits (so a
 * subgraph called directly is protected like the gateway), request observation, the platform's
 * error format, one answer to an operation that cannot be resolved, and no signal handling of Apollo's own.
 */
export function platformApolloOptions(limitSettings: LimitSettings | undefined) {
  const limits = operationLimits(limitSettings ?? loadLimitSettings({}));
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
    // Stopping is runServerProcess's job: Apollo's own signal handler would stop the server
    // while responses are still being written, then kill the process with the signal.
    stopOnTerminationSignals: false,
  };
}
