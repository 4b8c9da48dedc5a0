import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLArmorAcceptCallback } from "@escape.tech/graphql-armor-types";
import { getComplexity } from "graphql-query-complexity";
import {
  Lexer,
  Source,
  TokenKind,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { parse } from "graphql";
import type { LimitSettings } from "./config";
import { fieldCostEstimator } from "./cost";
import { countRootFields } from "./root-fields";

/** What each limit measures in one operation. */
export interface OperationMeasures {
  depth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  tokens: number;
  cost: number;
}

/**
 * Counts the lexical tokens of a document, as graphql-js's parser does (EOF excluded), stopping
 * at `stopAt` when given.
 */
export function countTokens(source: string, stopAt = Infinity): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count < stopAt && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A lexical error ends the document as far as counting goes.
  }
  return count;
}

/**
 * Measures an operation the way the limits do, with the same libraries and settings but no
 * limit: the figures for the table in docs/running.md and for tests that keep the defaults' headroom.
 */
export function measureOperation(
  schema: GraphQLSchema,
  source: string,
  settings: LimitSettings,
  variables: Record<string, unknown> = {},
): OperationMeasures {
  const document = parse(source);
  const measured = { depth: 0, aliases: 0, directives: 0, rootFields: 0 };
  const record =
    (name: keyof typeof measured): GraphQLArmorAcceptCallback =>
    (_context, details: { n: number }) => {
      measured[name] = Math.max(measured[name], details.n);
    };
  const unlimited = { n: Number.MAX_SAFE_INTEGER, propagateOnRejection: false };
  const rules: ValidationRule[] = [
    maxDepthRule({ ...unlimited, flattenFragments: true, onAccept: [record("depth")] }),
    maxAliasesRule({ ...unlimited, allowList: [], onAccept: [record("aliases")] }),
    maxDirectivesRule({ ...unlimited, onAccept: [record("directives")] }),
    (context) => ({
      OperationDefinition(operation) {
        record("rootFields")(context, { n: countRootFields(context, operation.selectionSet) });
        return false;
      },
    }),
  ];
  validate(schema, document, rules);
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    estimators: [fieldCostEstimator(settings)],
  });
  return { ...measured, tokens: countTokens(source), cost };
}
