import { EventSubscriber, type AfterQueryEvent, type EntitySubscriberInterface } from "typeorm";
import type { Metrics } from "./metrics";
import { currentObservation } from "./request";
import { endSpan, startChildSpan, SpanKind } from "./tracing";

/** The statement's first word (SELECT, INSERT, …), as the span name; never the SQL's values. */
function verbOf(query: string): string {
  return /^\s*([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase() ?? "SQL";
}

/**
 * Times every statement of one subgraph's data source. TypeORM's Logger is told a statement's
 * duration only when it passes `maxQueryExecutionTime` (logQuerySlow), so this listens to
 * TypeORM's `afterQuery` subscriber event instead, which carries the driver's own measure of
 * every statement. Every statement is counted (seeding included); one run for a traced request
 * also gets a span in that request's trace, dated back to when the statement started.
 *
 * TypeORM instantiates subscribers from classes it knows through `@EventSubscriber()`, so this
 * returns a class bound to `subgraph` and `metrics`, registered the way the decorator does.
 * TypeORM measures with `Date.now()`, so durations have millisecond resolution.
 */
export function sqlObserver(
  subgraph: string,
  metrics: Metrics,
): new () => EntitySubscriberInterface {
  class SqlObserver implements EntitySubscriberInterface {
    afterQuery(event: AfterQueryEvent<unknown>): void {
      metrics.sqlStatements.inc({ subgraph, outcome: event.success ? "ok" : "error" });
      const ms = event.executionTime ?? 0;
      if (event.success) metrics.sqlDuration.observe({ subgraph }, ms / 1000);
      const observation = currentObservation();
      const tracing = observation?.observability.tracing;
      if (!observation || !tracing?.tracer) return;
      const now = Date.now();
      const span = startChildSpan(tracing, observation.trace, `sql ${verbOf(event.query)}`, {
        kind: SpanKind.CLIENT,
        startTime: now - ms,
        attributes: {
          "db.system.name": event.connection.options.type,
          "db.query.text": event.query.slice(0, 2000),
        },
      });
      endSpan(span, event.success ? undefined : String(event.error?.message ?? event.error), now);
    }
  }
  EventSubscriber()(SqlObserver);
  return SqlObserver;
}
