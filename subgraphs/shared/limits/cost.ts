import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from "@apollo/server";
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { LimitSettings } from "./config";
import { countSearchTerms, SEARCH_TERM_COST, searchOf } from "../search-terms";
import { LIMIT_CODES, limitExceeded } from "./errors";
import { documentMemo } from "../document-memo";

/**
 * Sizes of unpaginated lists whose size is known: the federal subjects and districts are fixed
 * reference data (83 subjects, 8 districts, at most 18 subjects in one district). Every other
 * unpaginated list is assumed to hold `LIMIT_LIST_SIZE` items.
 */
const KNOWN_LIST_SIZES: Record<string, number> = {
  "Query.federalDistricts": 8,
  "Query.regions": 83,
  "FederalDistrict.regions": 18,
};
const REGIONS_IN_LARGEST_DISTRICT = 18;

/** A refused search's words are counted up to this many times the limit (then "at least"). */
const COUNT_TERMS_UP_TO = 20;

/** Variable sets whose cost is remembered per document, and the longest remembered key. */
const MEMO_VARIABLE_SETS = 64;
const MEMO_KEY_CHARS = 4_096;

/** Selections graphql-query-complexity may walk before it gives up (fragments re-walk theirs). */
const MAX_EVALUATED_NODES = 5_000;

function listSize(
  settings: LimitSettings,
  parent: string,
  field: string,
  args: Record<string, unknown>,
): number {
  // `regions(federalDistrict:)` returns one district's subjects, not all 83.
  if (parent === "Query" && field === "regions" && args.federalDistrict != null) {
    return REGIONS_IN_LARGEST_DISTRICT;
  }
  return KNOWN_LIST_SIZES[`${parent}.${field}`] ?? settings.listSize;
}

/**
 * The cost of one field: 1, plus its children once for an object, or times the number of items
 * for a list: `first` (or the default page size) for a paginated connection, the number of
 * `representations` for `_entities`, and the known or assumed size of any other list. The edges
 * of a connection are already multiplied at the connection, so they count once. A connection
 * filtered by a text search adds SEARCH_TERM_COST per word (search-terms.ts): the words, not the
 * page, decide how much of the word index a search reads; one of more than LIMIT_MAX_SEARCH_TERMS
 * words is refused here, before any planning (counting stops one word past the limit, so a long
 * text costs no more to refuse than one at the limit).
 */
export function fieldCostEstimator(settings: LimitSettings): ComplexityEstimator {
  const searchCost = (args: Record<string, unknown>): number => {
    const search = searchOf(args);
    if (search === undefined) return 0;
    const terms = countSearchTerms(search, settings.maxSearchTerms);
    if (terms > settings.maxSearchTerms) {
      const all = countSearchTerms(search, settings.maxSearchTerms * COUNT_TERMS_UP_TO);
      const stopped = all > settings.maxSearchTerms * COUNT_TERMS_UP_TO;
      throw limitExceeded("searchTerms", settings.maxSearchTerms, all, stopped);
    }
    return SEARCH_TERM_COST * terms;
  };
  return ({ type, field, args, childComplexity }) => {
    // Introspection is bounded by the size of the schema, not by the data.
    if (field.name.startsWith("__")) return 0;
    if (field.args.some((arg) => arg.name === "first")) {
      // A negative `first` is refused by the resolver; here it only must not lower the total.
      const first =
        typeof args.first === "number" ? Math.max(0, args.first) : settings.defaultPageSize;
      return 1 + first * childComplexity + searchCost(args);
    }
    // A subgraph prices `_entities` by its number of representations times what each selects.
    // The gateway's own limit keeps its legitimate fetches under the same LIMIT_MAX_COST: a
    // fetch carries at most one representation per object at that point of the gateway's plan
    // (fewer once duplicates merge), which the gateway priced at a page size or list size at
    // least as large, and each selects a part of what the gateway priced below that point (plus
    // the key field, no more than the field it stands in for). So no fetch of a query the gateway
    // accepted costs more than the query did, as long as the assumed list sizes are at least the
    // real ones: exact for the reference data, an assumption (LIMIT_LIST_SIZE) for other lists,
    // which the headroom of the default covers (a dashboard over all 83 regions costs 26,727).
    if (field.name === "_entities" && Array.isArray(args.representations)) {
      return 1 + args.representations.length * childComplexity;
    }
    const isList = isListType(getNullableType(field.type));
    if (!isList || isLeafType(getNamedType(field.type)) || type.name.endsWith("Connection")) {
      return 1 + childComplexity;
    }
    return 1 + listSize(settings, type.name, field.name, args) * childComplexity;
  };
}

/** graphql-query-complexity's message when it stops walking (fragments spread many times). */
const TOO_MANY_NODES = /maximum allowed number of nodes/;

/**
 * The estimated cost of the operation a request resolved to, with the request's variables (so
 * `first: $n` counts as the caller's `n`). Throws the refusal when the estimate is over the limit.
 */
export function checkCost(
  settings: LimitSettings,
  estimator: ComplexityEstimator,
  request: GraphQLRequestContextDidResolveOperation<BaseContext>,
): number {
  let cost: number;
  try {
    cost = getComplexity({
      schema: request.schema,
      query: request.document,
      variables: request.request.variables ?? {},
      operationName: request.operationName ?? undefined,
      estimators: [estimator],
      maxQueryNodes: MAX_EVALUATED_NODES,
    });
  } catch (error) {
    // A refusal by a limit the estimator checks (the words of a search) keeps its own code.
    if (error instanceof GraphQLError && error.extensions.code === LIMIT_CODES.searchTerms)
      throw error;
    if (error instanceof GraphQLError && TOO_MANY_NODES.test(error.message)) {
      // Only fragments spread again and again get here; their cost is unknown, not measured.
      throw new GraphQLError(
        `Operation refused: its cost could not be estimated within ${MAX_EVALUATED_NODES} selections (fragments spread too often); the limit is ${settings.maxCost}.`,
        {
          extensions: {
            code: LIMIT_CODES.cost,
            limit: settings.maxCost,
            evaluatedSelections: MAX_EVALUATED_NODES,
            http: { status: 400 },
          },
        },
      );
    }
    // Variables that do not fit their types: refused here as bad input, before any planning.
    const message = error instanceof Error ? error.message : String(error);
    throw new GraphQLError(message, {
      extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
    });
  }
  if (cost > settings.maxCost) throw limitExceeded("cost", settings.maxCost, cost);
  return cost;
}

/**
 * Checks the estimated cost once the operation is resolved and validated, and before the
 * gateway plans it or a subgraph executes it (`didResolveOperation` runs before both).
 */
export function maxCostPlugin(settings: LimitSettings): ApolloServerPlugin {
  const estimator = fieldCostEstimator(settings);
  // Walking the operation was a tenth of the gateway's CPU per request (a --cpu-prof of
  // `organizations(first: 20)` under load); the same text with the same variables costs the
  // same, so each accepted cost is remembered with its document. A refusal is not remembered.
  const costs = documentMemo<number>(MEMO_VARIABLE_SETS);
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation(request) {
      const variables = request.request.variables;
      const key = `${request.operationName ?? ""}\n${variables ? JSON.stringify(variables) : ""}`;
      if (key.length > MEMO_KEY_CHARS) checkCost(settings, estimator, request);
      else
        costs.get(request.document, request.schema, key, () =>
          checkCost(settings, estimator, request),
        );
    },
  };
  return { requestDidStart: async () => listener };
}
