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
 * Writes one masked error to stderr as a single JSON line carrying the request id the client
 * was given, so an operator can find the details from what a caller reports. This is the one
 * place internal errors are logged: structured logging replaces this function, not its callers.
 */
export function logInternalError(record: InternalErrorRecord): void {
  const line = {
    time: new Date().toISOString(),
    level: "error",
    event: "internal_error",
    ...record,
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
