import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorRejectCallback } from "@escape.tech/graphql-armor-types";
import type { ValidationRule } from "graphql";
import type { LimitSettings } from "./config";
import { limitExceeded, type LimitName } from "./errors";

/** Armor's message with `exposeLimits`: "… limit of 10 exceeded, found 12." */
const FOUND = /found (\d+)/;

/**
 * Armor reports a refusal as a plain error whose message holds the measured value; this turns
 * it into the platform's refusal (code, limit, measured) on the validation context. Armor's own
 * default would code it BAD_USER_INPUT, which does not say which limit refused the operation.
 */
function reportRefusal(name: LimitName, limit: number): GraphQLArmorRejectCallback {
  return (context, error) => {
    const measured = Number(FOUND.exec(error.message)?.[1] ?? limit + 1);
    context?.reportError(limitExceeded(name, limit, measured));
  };
}

function limit(name: LimitName, n: number) {
  return { n, exposeLimits: true, propagateOnRejection: false, onReject: [reportRefusal(name, n)] };
}

/**
 * GraphQL Armor's depth, aliases and directives rules, run with graphql-js's validation (before
 * the gateway plans and before a subgraph executes), and its field-suggestion masking in
 * production. Armor's cost rule is off (the cost is estimated with page sizes by
 * graphql-query-complexity instead) and so is its token plugin (see tokens.ts).
 */
export function armorProtections(settings: LimitSettings): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const { plugins, validationRules } = new ApolloArmor({
    // Fragments are reuse, not nesting: a spread does not add a level.
    maxDepth: { ...limit("depth", settings.maxDepth), flattenFragments: true },
    // Armor exempts aliases of __typename by default; 10,000 of them still cost the planner and
    // the response, so every alias counts.
    maxAliases: { ...limit("aliases", settings.maxAliases), allowList: [] },
    maxDirectives: limit("directives", settings.maxDirectives),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: settings.hideSuggestions },
  }).protect();
  return { plugins, validationRules };
}
