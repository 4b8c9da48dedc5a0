import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Observability } from "./index";
import { cutForLog, MAX_LOGGED_NAME } from "./log-fields";
import { LIMIT_OF_CODE } from "./metrics";
import { endSpan, startRequestTrace, type TraceHandle } from "./tracing";

/**
 * What is learnt about one GraphQL request while it is handled: the HTTP layer opens it, the
 * Apollo plugin adds the operation and the error codes, and the response's end closes it with
 * one log line, the request metrics and the end of its span. Anything running for the request
 * (the gateway's subgraph calls, a subgraph's SQL and DataLoaders) finds it with
 * currentObservation.
 */
export interface Observation {
  observability: Observability;
  requestId: string;
  trace: TraceHandle;
  startedAt: bigint;
  operationName?: string;
  operationType?: string;
  /** The `operation` label, when the Apollo plugin chose it from the resolved operation. */
  operationLabel?: string;
  /** `extensions.code` of every error in the answer, in order, repeats removed. */
  errorCodes: string[];
}

const storage = new AsyncLocalStorage<Observation>();

/** The observation of the request being handled, if any. */
export function currentObservation(): Observation | undefined {
  return storage.getStore();
}

/** Records an error code of the answer (once). */
export function noteErrorCode(observation: Observation | undefined, code: unknown): void {
  if (!observation || typeof code !== "string") return;
  if (!observation.errorCodes.includes(code)) observation.errorCodes.push(code);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  // Client names are the caller's text: cut, so a huge header cannot bloat every log line.
  return typeof value === "string" ? cutForLog(value, MAX_LOGGED_NAME) : undefined;
}

/** What an HTTP status without a GraphQL error of its own means, for the log and the metrics. */
function statusCode(status: number): string | undefined {
  if (status === 413) return "PAYLOAD_TOO_LARGE";
  if (status === 400) return "BAD_REQUEST";
  return undefined;
}

function outcomeOf(status: number, errorCodes: string[]): string {
  if (status >= 500) return "failed";
  if (status >= 400) return "refused";
  return errorCodes.length > 0 ? "error" : "ok";
}

function finish(observation: Observation, request: IncomingMessage, response: ServerResponse) {
  const { observability, errorCodes } = observation;
  const { metrics, logger } = observability;
  const seconds = Number(process.hrtime.bigint() - observation.startedAt) / 1e9;
  const status = response.statusCode;
  if (errorCodes.length === 0) noteErrorCode(observation, statusCode(status));
  const outcome = outcomeOf(status, errorCodes);
  const operation = observation.operationLabel ?? metrics.operationLabel(observation.operationName);
  metrics.requests.inc({ operation, type: observation.operationType ?? "unknown", outcome });
  metrics.requestDuration.observe({ operation, outcome }, seconds);
  for (const code of errorCodes) {
    const limit = LIMIT_OF_CODE[code];
    if (limit) metrics.limitRefusals.inc({ limit });
  }
  const operationName = cutForLog(observation.operationName, MAX_LOGGED_NAME);
  const span = observation.trace.span;
  span?.setAttributes({
    "http.response.status_code": status,
    "graphql.operation.name": operationName ?? "",
    "graphql.operation.type": observation.operationType ?? "",
  });
  endSpan(span, outcome === "ok" ? undefined : errorCodes.join(",") || outcome);
  logger.info(
    {
      event: "request",
      requestId: observation.requestId,
      traceId: observation.trace.traceId,
      operationName: operationName ?? null,
      operationType: observation.operationType ?? null,
      clientName: header(request, "apollographql-client-name") ?? null,
      clientVersion: header(request, "apollographql-client-version") ?? null,
      status,
      durationMs: Math.round(seconds * 1e4) / 10,
      errorCodes,
      // A response cut off before its end (the client went away) is logged as such.
      ...(response.writableFinished ? {} : { aborted: true }),
    },
    "request",
  );
}

/**
 * Runs `work` (the handling of one GraphQL request) as an observed request: continues or starts
 * its trace, and on the response's end (or the connection's close) logs it and counts it once.
 */
export function observeRequest<T>(
  observability: Observability,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  work: () => T,
): T {
  const observation: Observation = {
    observability,
    requestId,
    trace: startRequestTrace(observability.tracing, request.headers, "graphql.request", {
      "service.name": observability.service,
      "http.request.method": request.method ?? "GET",
    }),
    startedAt: process.hrtime.bigint(),
    errorCodes: [],
  };
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    finish(observation, request, response);
  };
  response.once("finish", end);
  response.once("close", end);
  return storage.run(observation, work);
}
