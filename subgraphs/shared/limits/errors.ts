import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The `extensions.code` of each refused operation, one per limit. */
export const LIMIT_CODES = {
  depth: "MAX_DEPTH_EXCEEDED",
  aliases: "MAX_ALIASES_EXCEEDED",
  rootFields: "MAX_ROOT_FIELDS_EXCEEDED",
  directives: "MAX_DIRECTIVES_EXCEEDED",
  tokens: "MAX_TOKENS_EXCEEDED",
  cost: "MAX_COST_EXCEEDED",
  searchTerms: "MAX_SEARCH_TERMS_EXCEEDED",
} as const;

export type LimitName = keyof typeof LIMIT_CODES;
export type LimitCode = (typeof LIMIT_CODES)[LimitName];

const LIMIT_CODE_SET: ReadonlySet<unknown> = new Set(Object.values(LIMIT_CODES));

const WHAT: Record<LimitName, string> = {
  depth: "depth",
  aliases: "number of aliases",
  rootFields: "number of root fields",
  directives: "number of directives",
  tokens: "number of tokens",
  cost: "estimated cost",
  searchTerms: "number of words in a search",
};

/**
 * A refused operation: HTTP 400, the limit's code, and `limit` and `measured` in extensions so a
 * client can see how far over it was. With `atLeast`, counting stopped early and `measured` is a
 * lower bound, which the message says.
 */
export function limitExceeded(
  name: LimitName,
  limit: number,
  measured: number,
  atLeast = false,
): GraphQLError {
  const value = atLeast ? `at least ${measured}` : String(measured);
  return new GraphQLError(
    `Operation refused: its ${WHAT[name]} is ${value}, over the limit of ${limit}.`,
    { extensions: { code: LIMIT_CODES[name], limit, measured, http: { status: 400 } } },
  );
}

/**
 * Errors thrown by a library (graphql-js's parser stopping at its token limit) that stand for a
 * refusal; the refusal they stand for is recorded here rather than written into their objects.
 */
const refusals = new WeakMap<object, GraphQLError>();

/** Records that `libraryError` means `refusal`, for {@link restoreLimitError}. */
export function recordRefusal(libraryError: object, refusal: GraphQLError): void {
  refusals.set(libraryError, refusal);
}

function refusalOf(error: unknown): GraphQLError | undefined {
  let current: unknown = error;
  // Apollo wraps a validation or parse error once (ValidationError, SyntaxError); the limit's
  // own error, or the library error it was recorded for, is the original one.
  for (let hops = 0; current instanceof Error && hops < 3; hops += 1) {
    const recorded = refusals.get(current);
    if (recorded) return recorded;
    if (current instanceof GraphQLError && LIMIT_CODE_SET.has(current.extensions?.code)) {
      return current;
    }
    current = (current as GraphQLError).originalError;
  }
  return undefined;
}

/**
 * Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED and every parse error
 * GRAPHQL_PARSE_FAILED, keeping the other extensions. For a refusal by an operation limit this
 * puts the limit's own code, message, `limit` and `measured` back, so clients can tell which
 * limit refused them and by how much.
 */
export function restoreLimitError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const refusal = refusalOf(error);
  if (!refusal) return formatted;
  const { code, limit, measured } = refusal.extensions;
  return {
    ...formatted,
    message: refusal.message,
    extensions: { ...formatted.extensions, code, limit, measured },
  };
}
