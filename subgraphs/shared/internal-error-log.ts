import { cutForLog, MAX_LOGGED_TEXT } from "./observability/log-fields";
import { processLogger } from "./observability/logger";
import { currentObservation } from "./observability/request";

/** What is known about an error that was masked before it reached the client. */
export interface InternalErrorRecord {
  requestId: string;
  message: string;
  /** The GraphQL path of the field that failed, when the error came from a resolver. */
  path?: readonly (string | number)[];
  /** The error's own extensions (a subgraph's error seen by the gateway keeps its `serviceName`). */
  extensions?: Record<string, unknown>;
  stack?: string;
}

/**
 * Logs one masked error at level `error` (`"event":"internal_error"`) with the request id the
 * client was given and the request's trace id, so an operator can find the details, and the
 * whole request across processes, from what a caller reports. This is the one place internal
 * errors are logged. The line goes to the logger of the server that handled the request. The
 * message and stack may quote the request, so each is cut to MAX_LOGGED_TEXT characters.
 */
export function logInternalError(record: InternalErrorRecord): void {
  const observation = currentObservation();
  const logger = observation?.observability.logger ?? processLogger();
  logger.error(
    {
      event: "internal_error",
      traceId: observation?.trace.traceId,
      ...record,
      message: cutForLog(record.message, MAX_LOGGED_TEXT),
      stack: cutForLog(record.stack, MAX_LOGGED_TEXT),
    },
    "internal error",
  );
}
