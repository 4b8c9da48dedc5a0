import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { createLogger, flushLogger, type Logger } from "./logger";
import { createMetrics, type Metrics } from "./metrics";
import { metricsExposureFor, type MetricsExposure } from "./metrics-access";
import { QUIET_SETTINGS, type ObservabilitySettings } from "./settings";
import { createTracing, type Tracing } from "./tracing";

export { loadObservabilitySettings, QUIET_SETTINGS, type ObservabilitySettings } from "./settings";
export { createLogger, flushLogger, processLogger, setProcessLogger, type Logger } from "./logger";
export type { Metrics } from "./metrics";
export { readMetricsAccess, type MetricsAccessSettings } from "./metrics-access";
export { currentObservation, type Observation } from "./request";

/** What one server logs to, counts in and traces with. */
export interface Observability {
  /** The process or subgraph name: `gateway`, `events`, … */
  service: string;
  logger: Logger;
  metrics: Metrics;
  tracing: Tracing;
  /** Who may read its `/metrics`, and on which port (metrics-access.ts). */
  metricsExposure: MetricsExposure;
}

/** What a caller may supply instead of what the settings would build (tests do). */
export interface ObservabilityParts {
  logger?: Logger;
  /** Spans go here, as they end, instead of OTLP (a test's InMemorySpanExporter). */
  spanExporter?: SpanExporter;
}

/**
 * One server's logger, metrics registry and tracer. Each server gets its own, so servers
 * started side by side in one process (the test stacks) keep their metrics and spans apart.
 * Without settings, the server logs warnings and errors only, with tracing off.
 */
export function createObservability(
  service: string,
  settings: ObservabilitySettings = QUIET_SETTINGS,
  parts: ObservabilityParts = {},
): Observability {
  return {
    service,
    logger: parts.logger ?? createLogger(service, settings),
    metrics: createMetrics(service),
    tracing: createTracing(service, settings, parts.spanExporter),
    metricsExposure: metricsExposureFor(service, settings.metrics),
  };
}

/** Flushes the log lines and the spans still buffered; for a server that is stopping. */
export async function closeObservability(observability: Observability): Promise<void> {
  await observability.tracing.shutdown();
  flushLogger(observability.logger);
}
