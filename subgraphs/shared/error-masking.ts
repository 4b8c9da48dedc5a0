import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { logInternalError } from "./internal-error-log";
import { currentRequestId } from "./request-id";

/**
 * Codes whose errors were written for the caller: their messages name an argument, a limit or
 * a subgraph, never a stack or a database's text. Apollo's own request errors are among them.
 */
const CALLER_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "SUBGRAPH_UNAVAILABLE",
  "DATABASE_UNAVAILABLE",
  "PAYLOAD_TOO_LARGE",
  "RESPONSE_TOO_LARGE",
]);

/** Limit and deadline codes (`MAX_DEPTH_EXCEEDED`, `SUBGRAPH_TIMEOUT`, ...) are the caller's too. */
const CALLER_CODE_PATTERN = /^[A-Z][A-Z_]*_(EXCEEDED|TIMEOUT)$/;

/** True when an error with this `extensions.code` may reach the client as it is. */
export function isCallerErrorCode(code: unknown): boolean {
  return typeof code === "string" && (CALLER_CODES.has(code) || CALLER_CODE_PATTERN.test(code));
}

function stackOf(error: unknown): string | undefined {
  let current = error as { originalError?: unknown; stack?: string } | undefined;
  // A resolver's error reaches formatError wrapped in a GraphQLError; the cause is innermost.
  while (current?.originalError) current = current.originalError as typeof current;
  return current?.stack;
}

/**
 * Replaces an error without a caller code (a database failure, a bug, an unexpected subgraph
 * reply) by `Internal server error` with `INTERNAL_SERVER_ERROR` and the request id, and logs the
 * details under the same id. Errors with a caller code pass through unchanged.
 */
export function maskInternalError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  if (isCallerErrorCode(formatted.extensions?.code)) return formatted;
  const requestId = currentRequestId() ?? randomUUID();
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  logInternalError({
    requestId,
    message: formatted.message,
    path: formatted.path,
    extensions,
    stack: stackOf(error),
  });
  return {
    message: "Internal server error",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
  };
}
