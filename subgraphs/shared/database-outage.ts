import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { processLogger } from "./observability/logger";
import { currentRequestId } from "./request-id";

/** The code of every failure caused by a database that cannot be reached. */
export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

/** What a subgraph's HTTP answer suggests, in seconds, before a client asks again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATE classes and codes of a database that is gone or not yet back: connection exceptions
 * (class 08), and the server shutting down (`57P01 admin_shutdown`, `57P02 crash_shutdown`) or
 * still starting (`57P03 cannot_connect_now`).
 */
const OUTAGE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3])$/;

/** Socket errors of a server that refuses, drops or cannot be found. */
const OUTAGE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * node-postgres's own messages: the server went away mid-query, a connection did not open
 * within `connectionTimeoutMillis`, or the pool gave no client within it.
 */
const OUTAGE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|is not queryable/;

type Failure = {
  code?: unknown;
  extensions?: { code?: unknown };
  message?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
};

/** The error and every error it wraps (GraphQL's originalError, TypeORM's driverError, causes). */
function chainOf(error: unknown, seen = new Set<unknown>()): Failure[] {
  if (!error || typeof error !== "object" || seen.has(error)) return [];
  seen.add(error);
  const failure = error as Failure;
  const inner = [failure.originalError, failure.driverError, failure.cause];
  if (Array.isArray(failure.errors)) inner.push(...(failure.errors as unknown[]));
  return [failure, ...inner.flatMap((wrapped) => chainOf(wrapped, seen))];
}

/**
 * True when `error` (or an error it wraps) says the database cannot be reached right now, as
 * opposed to a statement it refused: a connection refused, reset or timed out, a server shutting
 * down or starting, a pool that gave no connection in time. Errors already coded
 * DATABASE_UNAVAILABLE count too.
 */
export function isDatabaseOutage(error: unknown): boolean {
  return chainOf(error).some(({ code, message, extensions }) => {
    if (code === DATABASE_UNAVAILABLE || extensions?.code === DATABASE_UNAVAILABLE) return true;
    if (typeof code === "string" && (OUTAGE_SQLSTATE.test(code) || OUTAGE_SOCKET_CODES.has(code)))
      return true;
    return typeof message === "string" && OUTAGE_MESSAGE.test(message);
  });
}

/** True when the error is a GraphQL error coded DATABASE_UNAVAILABLE (databaseUnavailable). */
function isCoded(error: unknown): boolean {
  return chainOf(error).some(({ extensions }) => extensions?.code === DATABASE_UNAVAILABLE);
}

const RETRY = `Nothing was written; ask again in a few seconds.`;
const UNKNOWN =
  "The connection was lost while the write was being committed, so it may or may not have been saved: read it back before writing it again.";

/**
 * The error a caller gets when the database cannot be reached. `retryable` is true when nothing
 * was written (the failure came before the commit, and the transaction rolled back or never
 * began); false when the connection was lost during the commit itself, whose outcome only the
 * database knows.
 */
export function databaseUnavailable(outcomeUnknown = false): GraphQLError {
  return new GraphQLError(`The database is unavailable. ${outcomeUnknown ? UNKNOWN : RETRY}`, {
    extensions: { code: DATABASE_UNAVAILABLE, retryable: !outcomeUnknown },
  });
}

/**
 * A write's failure as the caller sees it: a database outage becomes databaseUnavailable,
 * anything else is returned as it is. `committing` says whether the write had reached its commit.
 */
export function writeFailure(error: unknown, committing: boolean): unknown {
  if (isCoded(error) || !isDatabaseOutage(error)) return error;
  logOutage((error as Error).message, committing);
  return databaseUnavailable(committing);
}

/** One warning per failure, with the driver's words the caller does not get. */
function logOutage(error: string, committing = false): void {
  processLogger().warn(
    { event: "database_unavailable", requestId: currentRequestId(), error, committing },
    "the database is unavailable",
  );
}

/**
 * A formatted error whose cause was a database outage (a read, or a check made before a write's
 * transaction) as DATABASE_UNAVAILABLE with `retryable: true`, keeping its path; undefined for
 * any other error, and for one coded already. The driver's words go to the log (a warning,
 * `database_unavailable`, under the request id), not to the caller.
 */
export function formatDatabaseOutage(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code === DATABASE_UNAVAILABLE || !isDatabaseOutage(error))
    return undefined;
  logOutage(formatted.message);
  const { message, extensions } = databaseUnavailable();
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

/**
 * A subgraph's answer to a request that met a database outage: HTTP 503 with `Retry-After`, so
 * a client or proxy that reads only the status knows to ask again later. The GraphQL body still
 * carries DATABASE_UNAVAILABLE; the gateway passes it on (gateway/data-source.ts).
 */
export function databaseOutagePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (!errors.some(isDatabaseOutage)) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
