import { ConfigError, readBoolean, readOptional, readUrl, type Env } from "../env";
import { readMetricsAccess, type MetricsAccessSettings } from "./metrics-access";

/** The pino levels `LOG_LEVEL` accepts. */
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

/** How a process logs and traces; read once at start by loadObservabilitySettings. */
export interface ObservabilitySettings {
  /** `LOG_LEVEL`: the lowest level written (default `info`). */
  level: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON. */
  pretty: boolean;
  /** `OTEL_EXPORTER_OTLP_ENDPOINT`: where spans are sent over OTLP/HTTP; tracing is off without it. */
  otlpEndpoint?: string;
  /** `OTEL_SERVICE_NAME`: the service name spans carry, when not the process's own name. */
  serviceName?: string;
  /** `METRICS_PORT`, `METRICS_TOKEN`: who may read /metrics; open when left out (tests). */
  metrics?: MetricsAccessSettings;
}

/** What a server built without settings (a test) logs: warnings and errors, as JSON. */
export const QUIET_SETTINGS: ObservabilitySettings = { level: "warn", pretty: false };

function readLogLevel(env: Env): LogLevel {
  const raw = readOptional(env, "LOG_LEVEL")?.toLowerCase() ?? "info";
  if (!(LOG_LEVELS as readonly string[]).includes(raw))
    throw new ConfigError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`,
    );
  return raw as LogLevel;
}

/**
 * Reads `LOG_LEVEL`, `LOG_PRETTY`, `OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_SERVICE_NAME` and who
 * may read /metrics (`METRICS_PORT`, `<SERVICE>_METRICS_PORT`, `METRICS_TOKEN`).
 * Pretty output is the default only for a person at a terminal: outside production and when
 * stdout is a TTY; a pipe (a log shipper, a container, a test) gets JSON unless `LOG_PRETTY=true`.
 */
export function loadObservabilitySettings(
  env: Env = process.env,
  stdoutIsTty: boolean = process.stdout.isTTY === true,
): ObservabilitySettings {
  const production = env.NODE_ENV === "production";
  const endpoint = readOptional(env, "OTEL_EXPORTER_OTLP_ENDPOINT");
  return {
    level: readLogLevel(env),
    pretty: readBoolean(env, "LOG_PRETTY", !production && stdoutIsTty),
    otlpEndpoint:
      endpoint === undefined ? undefined : readUrl(env, "OTEL_EXPORTER_OTLP_ENDPOINT", endpoint),
    serviceName: readOptional(env, "OTEL_SERVICE_NAME"),
    metrics: readMetricsAccess(env),
  };
}
