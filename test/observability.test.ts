import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { startGateway, type RunningGateway } from "../gateway/server";
import { readSubgraphList } from "../gateway/subgraph-list";
import {
  createLogger,
  createObservability,
  type Observability,
} from "../subgraphs/shared/observability";
import { startSubgraph, type RunningSubgraph } from "../subgraphs/shared/subgraph";
import { composeSupergraph, subgraphSdls } from "../tools/composition";
import { subgraphCatalog } from "../tools/catalog";
import { backends } from "./support/backends";
import { errorCodes, graphql } from "./support/graphql";
import { testAuth, testSubgraphAuth } from "./support/subgraph";
import { waitFor } from "./support/spawned";

/**
 * One query through the gateway that needs two subgraphs: regions, then events. It carries a
 * shipped operation's name, so the request metrics give it a label of its own.
 */
const REGION_EVENTS = `query TyumenRegion {
  region(code: "RU-TYU") { name events(first: 3) { totalCount edges { node { title } } } }
}`;

/** What one server of the stack logged and traced. */
interface Observed {
  observability: Observability;
  lines: Record<string, unknown>[];
  spans: InMemorySpanExporter;
}

function observed(service: string): Observed {
  const lines: Record<string, unknown>[] = [];
  const spans = new InMemorySpanExporter();
  const logger = createLogger(
    service,
    { level: "info", pretty: false },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  );
  return {
    observability: createObservability(service, undefined, { logger, spanExporter: spans }),
    lines,
    spans,
  };
}

/** Prometheus's text format: every sample as name, labels and value. */
function parseMetrics(text: string) {
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels = Object.fromEntries(
      [...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(url: string) {
  const response = await fetch(url.replace(/\/graphql$/, "/metrics"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return parseMetrics(await response.text());
}

function families(samples: ReturnType<typeof parseMetrics>): Set<string> {
  return new Set(samples.map(({ name }) => name));
}

function sum(samples: ReturnType<typeof parseMetrics>, name: string, labels = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((total, s) => total + s.value, 0);
}

describe.each(backends)(
  "observability of the gateway and the subgraphs on %s",
  (_name, backend) => {
    const servers: Record<string, Observed> = {};
    const subgraphs: Record<string, RunningSubgraph> = {};
    let gateway: RunningGateway;

    beforeAll(async () => {
      const databaseUrl = await backend.createDatabase();
      // Regions and events serve; organizations and programmes are composed but never called.
      for (const name of ["regions", "events"]) {
        servers[name] = observed(name);
        subgraphs[name] = await startSubgraph(
          subgraphCatalog[name],
          {
            auth: testSubgraphAuth(name),
            organizationsUrl: "http://127.0.0.1:9/graphql",
            name,
            host: "127.0.0.1",
            port: 0,
            seed: true,
            database: { sqlitePath: ":memory:", url: databaseUrl, schema: name, logSql: false },
          },
          servers[name].observability,
        );
      }
      const entries = readSubgraphList().map(({ name }) => ({
        name,
        url: subgraphs[name]?.url ?? "http://127.0.0.1:9/graphql",
      }));
      // From the code, or from schema/ for a listed subgraph built elsewhere.
      const sdls = await subgraphSdls(entries);
      const { supergraphSdl, errors } = composeSupergraph(entries, sdls);
      if (!supergraphSdl) throw new Error(errors.join("\n"));
      servers.gateway = observed("gateway");
      gateway = await startGateway(
        {
          supergraphSdl,
          subgraphs: entries,
          auth: testAuth,
          observability: servers.gateway.observability,
        },
        0,
        "127.0.0.1",
      );
    }, 120_000);

    afterAll(async () => {
      await gateway?.close();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
    });

    it("traces one request across the gateway and two subgraphs under one trace id", async () => {
      for (const server of Object.values(servers)) server.spans.reset();
      const answer = await graphql(gateway.url, REGION_EVENTS);
      expect(errorCodes(answer)).toEqual([]);
      const spansOf = (name: string): ReadableSpan[] => servers[name].spans.getFinishedSpans();
      await waitFor("the gateway's request span", () =>
        spansOf("gateway").some((span) => span.name === "graphql.request"),
      );
      const traceIds = new Set(
        ["gateway", "regions", "events"].flatMap((name) =>
          spansOf(name).map((s) => s.spanContext().traceId),
        ),
      );
      expect(traceIds.size).toBe(1);
      const names = (name: string) => spansOf(name).map((span) => span.name);
      expect(names("gateway")).toEqual(
        expect.arrayContaining(["graphql.request", "subgraph regions", "subgraph events"]),
      );
      // Regions answers this from its reference data; events reads its database.
      expect(names("regions")).toContain("graphql.request");
      expect(names("events")).toEqual(
        expect.arrayContaining(["graphql.request", "resolve Region.events", "sql SELECT"]),
      );
      // Each subgraph's request span is the child of the gateway's call to it.
      const fetchSpan = spansOf("gateway").find((span) => span.name === "subgraph events")!;
      const eventsRequest = spansOf("events").find((span) => span.name === "graphql.request")!;
      expect(eventsRequest.parentSpanContext?.spanId).toBe(fetchSpan.spanContext().spanId);
    });

    it("logs one line per request and per subgraph call, all carrying the request's trace id", async () => {
      for (const server of Object.values(servers)) server.lines.length = 0;
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-request-id": "observability-test-1",
          "apollographql-client-name": "dashboard",
          "apollographql-client-version": "1.2.3",
        },
        body: JSON.stringify({ query: REGION_EVENTS }),
      });
      expect(response.status).toBe(200);
      await response.text();
      const requestLine = (name: string) =>
        servers[name].lines.find((line) => line.event === "request");
      await waitFor("a request line from each process", () =>
        ["gateway", "regions", "events"].every((name) => requestLine(name)),
      );
      expect(requestLine("gateway")).toMatchObject({
        level: "info",
        name: "gateway",
        requestId: "observability-test-1",
        operationName: "TyumenRegion",
        operationType: "query",
        clientName: "dashboard",
        clientVersion: "1.2.3",
        status: 200,
        errorCodes: [],
        traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
        durationMs: expect.any(Number),
      });
      const traceId = requestLine("gateway")!.traceId;
      // The gateway passes its request id on, so every process logs the same request id too.
      for (const name of ["regions", "events"])
        expect(requestLine(name)).toMatchObject({ traceId, requestId: "observability-test-1" });
      const calls = servers.gateway.lines.filter((line) => line.event === "subgraph_fetch");
      expect(calls.map((line) => line.subgraph).sort()).toEqual(["events", "regions"]);
      for (const call of calls)
        expect(call).toMatchObject({ traceId, status: 200, durationMs: expect.any(Number) });
    });

    it("serves /metrics with the request, subgraph, SQL, batch, limit and process families", async () => {
      await graphql(gateway.url, REGION_EVENTS);
      const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: code`).join(" ");
      const refused = await graphql(
        gateway.url,
        `query TooMany { region(code: "RU-TYU") { ${aliases} } }`,
      );
      expect(errorCodes(refused)).toEqual(["MAX_ALIASES_EXCEEDED"]);

      const atGateway = await scrape(gateway.url);
      for (const family of [
        "process_cpu_user_seconds_total",
        "nodejs_eventloop_lag_seconds",
        "ngo_graph_requests_total",
        "ngo_graph_request_duration_seconds_bucket",
        "ngo_graph_subgraph_fetch_duration_seconds_bucket",
        "ngo_graph_supergraph_info",
        "ngo_graph_limit_refusals_total",
      ])
        expect(families(atGateway)).toContain(family);
      expect(
        sum(atGateway, "ngo_graph_requests_total", {
          operation: "TyumenRegion",
          type: "query",
          outcome: "ok",
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(sum(atGateway, "ngo_graph_limit_refusals_total", { limit: "aliases" })).toBe(1);
      expect(
        sum(atGateway, "ngo_graph_subgraph_fetch_duration_seconds_count", { subgraph: "events" }),
      ).toBeGreaterThanOrEqual(1);
      const info = atGateway.find((sample) => sample.name === "ngo_graph_supergraph_info")!;
      expect(info.labels.hash).toMatch(/^[0-9a-f]{16}$/);

      for (const name of ["regions", "events"]) {
        const samples = await scrape(subgraphs[name].url);
        for (const family of [
          "process_resident_memory_bytes",
          "ngo_graph_requests_total",
          "ngo_graph_sql_statements_total",
          "ngo_graph_sql_statement_duration_seconds_bucket",
        ])
          expect(families(samples)).toContain(family);
        expect(sum(samples, "ngo_graph_sql_statements_total", { subgraph: name })).toBeGreaterThan(
          0,
        );
        expect(
          samples.every((s) => s.labels.service === undefined || s.labels.service === name),
        ).toBe(true);
      }
      const events = await scrape(subgraphs.events.url);
      expect(sum(events, "ngo_graph_dataloader_batch_size_count")).toBeGreaterThan(0);
    });
  },
);
