import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { maskInternalError } from "./error-masking";
import { restoreLimitError } from "./limits/errors";

/** The error codes this platform returns, as `extensions.code`. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** The longest description of a bad value an error message quotes. */
const MAX_QUOTED = 120;

/** A caller's value as an error message quotes it: JSON, cut to MAX_QUOTED characters. */
export function quoteValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  // A 1 MB search string or a list of 10,000 codes is quoted by its start, not echoed whole.
  return text.length > MAX_QUOTED
    ? `${text.slice(0, MAX_QUOTED)}… (${text.length} characters)`
    : text;
}

/**
 * An invalid argument or input field. The message names the argument and the bad value,
 * and `extensions.argumentName` carries the name for clients that branch on it.
 */
export function badUserInput(argumentName: string, value: unknown, reason: string): GraphQLError {
  return new GraphQLError(`Invalid value for "${argumentName}": ${quoteValue(value)}. ${reason}`, {
    extensions: { code: "BAD_USER_INPUT", argumentName },
  });
}

/** A failure with one of the platform's codes and a plain message (and an HTTP status, if any). */
export function codedError(code: ErrorCode, message: string, httpStatus?: number): GraphQLError {
  const http = httpStatus ? { http: { status: httpStatus } } : {};
  return new GraphQLError(message, { extensions: { code, ...http } });
}

/** graphql-js messages for a literal argument value of the wrong type or enum value. */
const BAD_LITERAL =
  /cannot represent|does not exist in "\w+" enum|Expected value of type|of required type .* was not provided|is not defined by type/;

/**
 * An argument literal that fails its type (`kinds: [NOPE]`, `from: "June"`) is caught during
 * validation, which Apollo codes GRAPHQL_VALIDATION_FAILED; it is bad input, so it is reported
 * as BAD_USER_INPUT, the code every other bad argument gets. Any error without a caller code
 * (a database failure, a bug) is masked as INTERNAL_SERVER_ERROR with the request id, its
 * details logged (see maskInternalError). Used by the gateway and subgraphs.
 */
export function formatPlatformError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const refusal = restoreLimitError(formatted, error);
  if (refusal !== formatted) return refusal;
  const extensions = formatted.extensions;
  if (
    extensions?.code === "GRAPHQL_VALIDATION_FAILED" &&
    (extensions.scalar || BAD_LITERAL.test(formatted.message))
  ) {
    return { ...formatted, extensions: { ...extensions, code: "BAD_USER_INPUT" } };
  }
  return maskInternalError(formatted, error);
}
