import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
  type SpanContext,
  type Tracer,
} from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  RandomIdGenerator,
  SimpleSpanProcessor,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-base";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { IncomingHttpHeaders } from "node:http";
import type { ObservabilitySettings } from "./settings";

/**
 * One server's tracing. `tracer` is absent when tracing is off: every helper below then does
 * no OpenTelemetry work at all, only the trace id bookkeeping that log lines need.
 */
export interface Tracing {
  tracer?: Tracer;
  /** Sends the spans still buffered and stops the exporter. */
  shutdown: () => Promise<void>;
}

/** Where a request sits in its trace: the ids its log lines carry, and its span when traced. */
export interface TraceHandle {
  traceId: string;
  spanId: string;
  traceFlags: number;
  span?: Span;
}

const propagator = new W3CTraceContextPropagator();
const ids = new RandomIdGenerator();

const headerGetter = {
  get: (carrier: IncomingHttpHeaders, key: string) => carrier[key],
  keys: (carrier: IncomingHttpHeaders) => Object.keys(carrier),
};
const headerSetter = {
  set: (carrier: Record<string, string>, key: string, value: string) => {
    carrier[key] = value;
  },
};

/**
 * The server's tracer. The provider is the server's own and is not registered as the global
 * one, so several servers in one process (the tests) each export their own spans. With
 * `exporter` (a test's in-memory exporter) spans are exported as they end; otherwise they are
 * batched to OTLP/HTTP at `settings.otlpEndpoint`, and without an endpoint tracing is off.
 */
export function createTracing(
  service: string,
  settings: ObservabilitySettings,
  exporter?: SpanExporter,
): Tracing {
  if (!exporter && !settings.otlpEndpoint) return { shutdown: async () => {} };
  // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (appending /v1/traces) and
  // OTEL_EXPORTER_OTLP_HEADERS itself, as every OpenTelemetry SDK does.
  const processor = exporter
    ? new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName ?? service }),
    spanProcessors: [processor],
  });
  return { tracer: provider.getTracer("ngo-graph"), shutdown: () => provider.shutdown() };
}

function incomingContext(headers: IncomingHttpHeaders): SpanContext | undefined {
  if (headers.traceparent === undefined) return undefined;
  return trace.getSpanContext(propagator.extract(ROOT_CONTEXT, headers, headerGetter));
}

/**
 * Starts a request's place in its trace, continuing an incoming `traceparent` (the gateway's,
 * or a client's). Traced, it is a server span; untraced, fresh ids keep the trace id that log
 * lines share and that the gateway passes on to the subgraphs.
 */
export function startRequestTrace(
  tracing: Tracing,
  headers: IncomingHttpHeaders,
  name: string,
  attributes: Attributes,
): TraceHandle {
  const parent = incomingContext(headers);
  if (tracing.tracer) {
    const context = parent ? trace.setSpanContext(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
    const span = tracing.tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, context);
    const { traceId, spanId, traceFlags } = span.spanContext();
    return { traceId, spanId, traceFlags, span };
  }
  return {
    traceId: parent?.traceId ?? ids.generateTraceId(),
    spanId: ids.generateSpanId(),
    traceFlags: parent?.traceFlags ?? 0,
  };
}

/** A span inside the request's trace, or nothing when tracing is off. */
export function startChildSpan(
  tracing: Tracing,
  parent: TraceHandle | undefined,
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; startTime?: number } = {},
): Span | undefined {
  if (!tracing.tracer) return undefined;
  const context = parent?.span ? trace.setSpan(ROOT_CONTEXT, parent.span) : ROOT_CONTEXT;
  return tracing.tracer.startSpan(name, options, context);
}

/** Ends a span, marking it failed with `message` when given. */
export function endSpan(span: Span | undefined, error?: string, endTime?: number): void {
  if (!span) return;
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
  span.end(endTime);
}

/**
 * Adds the W3C `traceparent` (and `tracestate`) of `span`, or of the request itself when
 * untraced, to outgoing headers, so the callee continues the same trace.
 */
export function injectTraceContext(
  headers: Record<string, string>,
  handle: TraceHandle,
  span?: Span,
): void {
  const spanContext = span?.spanContext() ?? {
    traceId: handle.traceId,
    spanId: handle.spanId,
    traceFlags: handle.traceFlags,
  };
  propagator.inject(trace.setSpanContext(ROOT_CONTEXT, spanContext), headers, headerSetter);
}

export { SpanKind };
