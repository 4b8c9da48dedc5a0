import type { ApolloServerPlugin } from "@apollo/server";
import type { ParseOptions, ValidationRule } from "graphql";
import { armorProtections } from "./armor";
import type { LimitSettings } from "./config";
import { maxCostPlugin } from "./cost";
import { maxRootFieldsRule } from "./root-fields";
import { maxTokensPlugin } from "./tokens";

export { CACHE_DEFAULTS, loadLimitSettings, LIMIT_DEFAULTS, type LimitSettings } from "./config";
export { LIMIT_CODES, restoreLimitError } from "./errors";

/** What {@link operationLimits} adds to an ApolloServer config. */
export interface OperationLimitsConfig {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * The operation limits as ApolloServer options, for the gateway and every subgraph alike:
 * tokens while parsing, then depth, aliases, root fields and directives with validation, then
 * the estimated cost once the operation is known; all before the gateway plans a query or a
 * subgraph runs a resolver. A refusal is HTTP 400 with the limit's code (after
 * `restoreLimitError` in the error formatter), `limit` and `measured`.
 */
export function operationLimits(settings: LimitSettings): OperationLimitsConfig {
  const armor = armorProtections(settings);
  return {
    plugins: [maxTokensPlugin(settings.maxTokens), ...armor.plugins, maxCostPlugin(settings)],
    validationRules: [...armor.validationRules, maxRootFieldsRule(settings.maxRootFields)],
    parseOptions: { maxTokens: settings.maxTokens },
  };
}
