import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The error codes this platform returns, as `extensions.code`. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * An invalid argument or input field. The message names the argument and the bad value,
 * and `extensions.argumentName` carries the name for clients that branch on it.
 */
export function badUserInput(argumentName: string, value: unknown, reason: string): GraphQLError {
  return new GraphQLError(`Invalid value for "${argumentName}": ${describe(value)}. ${reason}`, {
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
 * as BAD_USER_INPUT, the code every other bad argument gets. Used by the gateway and subgraphs.
 */
export function formatPlatformError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions;
  if (
    extensions?.code === "GRAPHQL_VALIDATION_FAILED" &&
    (extensions.scalar || BAD_LITERAL.test(formatted.message))
  ) {
    return { ...formatted, extensions: { ...extensions, code: "BAD_USER_INPUT" } };
  }
  return formatted;
}
