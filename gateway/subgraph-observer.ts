import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Observability } from "../subgraphs/shared/observability";
import { currentObservation } from "../subgraphs/shared/observability/request";
import {
  endSpan,
  injectTraceContext,
  SpanKind,
  startChildSpan,
} from "../subgraphs/shared/observability/tracing";

type Fetcher = RemoteGraphQLDataSource["fetcher"];

/** What failed, as the `code` label: the GraphQL error's code, or `HTTP_<status>`. */
function failureCode(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === "string" ? code : "FETCH_FAILED";
}

/**
 * Observes every call a data source makes to its subgraph: passes the request's trace on
 * (`traceparent`, from the call's own span when traced), and when the answer is read logs one
 * line (`"event":"subgraph_fetch"`: subgraph, status, duration, request and trace ids) and
 * records the call's duration and any failure by subgraph. It wraps whatever fetcher the data
 * source has, so routing, deadlines and sharing of identical reads stay in data-source.ts.
 */
export function observeSubgraphCalls<T extends RemoteGraphQLDataSource>(
  source: T,
  subgraph: string,
  observability: Observability,
): T {
  const inner: Fetcher = source.fetcher;
  const { logger, metrics, tracing } = observability;
  const observed = async (url: string, init?: Parameters<Fetcher>[1]) => {
    const observation = currentObservation();
    const started = process.hrtime.bigint();
    const span = startChildSpan(tracing, observation?.trace, `subgraph ${subgraph}`, {
      kind: SpanKind.CLIENT,
      attributes: { "graphql.subgraph.name": subgraph, "url.full": url },
    });
    const headers = init?.headers as Record<string, string> | undefined;
    if (observation && headers) injectTraceContext(headers, observation.trace, span);
    let status = 0;
    let code: string | undefined;
    try {
      const response = await inner(url, init);
      status = response.status;
      if (status >= 300) code = `HTTP_${status}`;
      return response;
    } catch (error) {
      code = failureCode(error);
      throw error;
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.subgraphFetchDuration.observe({ subgraph, outcome: code ? "error" : "ok" }, seconds);
      if (code) metrics.subgraphFetchErrors.inc({ subgraph, code });
      span?.setAttribute("http.response.status_code", status);
      endSpan(span, code);
      logger.info(
        {
          event: "subgraph_fetch",
          requestId: observation?.requestId,
          traceId: observation?.trace.traceId,
          subgraph,
          status,
          durationMs: Math.round(seconds * 1e4) / 10,
          ...(code ? { errorCode: code } : {}),
        },
        "subgraph fetch",
      );
    }
  };
  source.fetcher = observed as Fetcher;
  return source;
}
