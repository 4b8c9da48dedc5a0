import { shareWithPrimary } from "./cluster-metrics";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { operationLabeller, type OperationLabeller } from "./operation-labels";
import { shippedOperationNames } from "./shipped-operations";

/** Every metric name starts with this, so a shared Prometheus can tell the platform's apart. */
export const METRIC_PREFIX = "ngo_graph_";

/**
 * Request durations in seconds: from 1 ms (a refusal, a cached lookup) to the 15 s request
 * deadline, dense between 5 and 500 ms where dashboard queries answer.
 */
const REQUEST_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];
/** SQL statement durations in seconds: most take under a millisecond on SQLite. */
const SQL_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5];
/** Keys in one DataLoader batch: 1 is an N+1 suspect, hundreds the batching at work. */
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000];

/** One server's metrics: its own registry, so servers started in one process never mix. */
export interface Metrics {
  registry: Registry;
  requests: Counter<"operation" | "type" | "outcome">;
  requestDuration: Histogram<"operation" | "outcome">;
  subgraphFetchDuration: Histogram<"subgraph" | "outcome">;
  subgraphFetchErrors: Counter<"subgraph" | "code">;
  /** 0 closed, 1 half-open (one trial call), 2 open (the subgraph is skipped). */
  subgraphBreakerState: Gauge<"subgraph">;
  subgraphBreakerSkipped: Counter<"subgraph">;
  /** 1 while a subgraph's running SDL differs from its published one. */
  subgraphDrift: Gauge<"subgraph">;
  supergraphReloads: Counter<"outcome">;
  supergraphInfo: Gauge<"hash">;
  sqlStatements: Counter<"subgraph" | "outcome">;
  sqlDuration: Histogram<"subgraph">;
  batchSize: Histogram<"loader">;
  limitRefusals: Counter<"limit">;
  /** The label value for an operation name: itself, `anonymous` or `other` (operation-labels.ts). */
  operationLabel: OperationLabeller;
}

/**
 * Creates one server's registry with Node's default process metrics and the platform's
 * families. Families a process does not use (SQL in the gateway, subgraph fetches in a
 * subgraph) are still declared, without series, so one dashboard reads every process.
 * `knownOperations` get their own `operation` label from the start (the shipped ones by default).
 */
export function createMetrics(
  service: string,
  knownOperations: ReadonlySet<string> = shippedOperationNames(),
): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Node's process metrics keep their standard names (process_cpu_seconds_total, nodejs_*), which
  // ready-made dashboards and alerts expect.
  collectDefaultMetrics({ register: registry });
  shareWithPrimary(registry);
  const registers = [registry];
  const name = (suffix: string) => `${METRIC_PREFIX}${suffix}`;
  return {
    registry,
    requests: new Counter({
      name: name("requests_total"),
      help: "GraphQL requests answered, by operation name, operation type and outcome.",
      labelNames: ["operation", "type", "outcome"],
      registers,
    }),
    requestDuration: new Histogram({
      name: name("request_duration_seconds"),
      help: "Time from a GraphQL request's arrival to its last byte sent.",
      labelNames: ["operation", "outcome"],
      buckets: REQUEST_BUCKETS,
      registers,
    }),
    subgraphFetchDuration: new Histogram({
      name: name("subgraph_fetch_duration_seconds"),
      help: "Duration of the gateway's calls to a subgraph, the answer's body included.",
      labelNames: ["subgraph", "outcome"],
      buckets: REQUEST_BUCKETS,
      registers,
    }),
    subgraphFetchErrors: new Counter({
      name: name("subgraph_fetch_errors_total"),
      help: "Gateway calls to a subgraph that failed, by code (SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE, HTTP_5xx).",
      labelNames: ["subgraph", "code"],
      registers,
    }),
    subgraphBreakerState: new Gauge({
      name: name("subgraph_breaker_state"),
      help: "The gateway's circuit breaker per subgraph: 0 closed, 1 half-open (one trial call), 2 open (calls skipped).",
      labelNames: ["subgraph"],
      registers,
    }),
    subgraphBreakerSkipped: new Counter({
      name: name("subgraph_breaker_skipped_total"),
      help: "Subgraph calls the gateway skipped because the subgraph's circuit was open, answered with SUBGRAPH_UNAVAILABLE.",
      labelNames: ["subgraph"],
      registers,
    }),
    subgraphDrift: new Gauge({
      name: name("subgraph_drift"),
      help: "1 while a running subgraph's SDL differs from its published SDL, 0 while they agree.",
      labelNames: ["subgraph"],
      registers,
    }),
    supergraphReloads: new Counter({
      name: name("supergraph_reloads_total"),
      help: "Changes of the supergraph file: loaded, or refused (the previous one keeps serving).",
      labelNames: ["outcome"],
      registers,
    }),
    supergraphInfo: new Gauge({
      name: name("supergraph_info"),
      help: "1 for the supergraph the gateway serves, labelled with the first 16 hex digits of its SHA-256.",
      labelNames: ["hash"],
      registers,
    }),
    sqlStatements: new Counter({
      name: name("sql_statements_total"),
      help: "SQL statements run, by subgraph and outcome (ok, error).",
      labelNames: ["subgraph", "outcome"],
      registers,
    }),
    sqlDuration: new Histogram({
      name: name("sql_statement_duration_seconds"),
      help: "Duration of SQL statements as the database driver measured them.",
      labelNames: ["subgraph"],
      buckets: SQL_BUCKETS,
      registers,
    }),
    batchSize: new Histogram({
      name: name("dataloader_batch_size"),
      help: "Keys per DataLoader batch, by loader (entity and key, or list and part).",
      labelNames: ["loader"],
      buckets: BATCH_BUCKETS,
      registers,
    }),
    limitRefusals: new Counter({
      name: name("limit_refusals_total"),
      help: "Requests refused by a limit: depth, aliases, root_fields, directives, tokens, cost, body_size, response_size.",
      labelNames: ["limit"],
      registers,
    }),
    operationLabel: operationLabeller(knownOperations),
  };
}

/** The limit a refusal code stands for, as the `limit` label of limit_refusals_total. */
export const LIMIT_OF_CODE: Readonly<Record<string, string>> = {
  MAX_DEPTH_EXCEEDED: "depth",
  MAX_ALIASES_EXCEEDED: "aliases",
  MAX_ROOT_FIELDS_EXCEEDED: "root_fields",
  MAX_DIRECTIVES_EXCEEDED: "directives",
  MAX_TOKENS_EXCEEDED: "tokens",
  MAX_COST_EXCEEDED: "cost",
  MAX_SEARCH_TERMS_EXCEEDED: "search_terms",
  PAYLOAD_TOO_LARGE: "body_size",
  RESPONSE_TOO_LARGE: "response_size",
};
