import { GraphQLError } from "graphql";

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

/** A failure with one of the platform's codes and a plain message. */
export function codedError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
