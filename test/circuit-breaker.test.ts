import { printSubgraphSchema } from "@apollo/subgraph";
import { loadGatewayConfig } from "../gateway/config";
import { startGateway, type RunningGateway } from "../gateway/server";
import { regionsSubgraph } from "../subgraphs/regions/server";
import type { Env } from "../subgraphs/shared/env";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { graphql, type GraphQLResponse } from "./support/graphql";
import { startStubSubgraph, stubSupergraph, type StubSubgraph } from "./support/stub-subgraph";
import { startTestSubgraph, testAuth } from "./support/subgraph";
import { waitFor } from "./support/spawned";

/** Generous: the machine is shared; what is tested is "at once" against a 3 s deadline. */
const DEADLINE_MS = 3000;

async function timed(url: string, query: string): Promise<[GraphQLResponse, number]> {
  const started = performance.now();
  const response = await graphql(url, query);
  return [response, performance.now() - started];
}

async function metric(gateway: RunningGateway, name: string, subgraph: string): Promise<number> {
  const text = await gateway.observability.metrics.registry.getSingleMetricAsString(name);
  const line = text.split("\n").find((row) => row.includes(`subgraph="${subgraph}"`));
  return line ? Number(line.split(" ").pop()) : Number.NaN;
}

describe("the circuit breaker of a guest subgraph", () => {
  let regions: RunningSubgraph;
  let regionsSdl: string;
  const stubs: StubSubgraph[] = [];
  const gateways: RunningGateway[] = [];

  /** A gateway over regions and `stub`, configured from `env` as the gateway process is. */
  async function gatewayOver(stub: StubSubgraph, env: Env): Promise<RunningGateway> {
    const config = loadGatewayConfig([], {
      REGIONS_URL: regions.url,
      [`${stub.name.toUpperCase()}_URL`]: stub.url,
      ...env,
    });
    const gateway = await startGateway(
      {
        supergraphSdl: stubSupergraph(
          [stub],
          [{ name: "regions", url: regions.url, sdl: regionsSdl }],
        ),
        subgraphs: config.subgraphs,
        auth: testAuth,
        route: config.route,
        settings: config.settings,
      },
      0,
      "127.0.0.1",
    );
    gateways.push(gateway);
    return gateway;
  }

  beforeAll(async () => {
    regions = await startTestSubgraph(regionsSubgraph);
    regionsSdl = printSubgraphSchema(await regionsSubgraph.buildSchema());
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await Promise.all(stubs.map((stub) => stub.close()));
    await regions.close();
  });

  it("skips a stalled subgraph after N failed calls: its field fails at once, core fields answer", async () => {
    const stalled = await startStubSubgraph("stalled");
    stubs.push(stalled);
    stalled.behaviour.mode = "stall";
    const gateway = await gatewayOver(stalled, {
      STALLED_TIMEOUT_MS: String(DEADLINE_MS),
      STALLED_BREAKER_FAILURES: "2",
      STALLED_BREAKER_OPEN_MS: "60000",
    });
    const QUERY = `{ regions(federalDistrict: "URAL") { code } stalledHello }`;

    for (let failure = 0; failure < 2; failure += 1) {
      const [response, elapsedMs] = await timed(gateway.url, QUERY);
      expect(elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
      expect(response.errors![0].extensions).toMatchObject({ code: "SUBGRAPH_TIMEOUT" });
    }
    expect(stalled.calls).toBe(2);

    const [skipped, elapsedMs] = await timed(gateway.url, QUERY);
    expect(elapsedMs).toBeLessThan(DEADLINE_MS / 2);
    expect(skipped.data!.stalledHello).toBeNull();
    expect(skipped.data!.regions).toHaveLength(6);
    expect(skipped.errors).toHaveLength(1);
    expect(skipped.errors![0].message).toMatch(
      /Subgraph "stalled" is unavailable \(circuit open: it failed 2 calls in a row; tried again in \d+ ms\)/,
    );
    expect(skipped.errors![0].extensions).toMatchObject({
      code: "SUBGRAPH_UNAVAILABLE",
      serviceName: "stalled",
      reason: "circuit open",
    });
    expect(stalled.calls).toBe(2);

    expect(await metric(gateway, "ngo_graph_subgraph_breaker_state", "stalled")).toBe(2);
    expect(await metric(gateway, "ngo_graph_subgraph_breaker_skipped_total", "stalled")).toBe(1);
    expect(await metric(gateway, "ngo_graph_subgraph_breaker_state", "regions")).toBe(0);
    const ready = await fetch(gateway.url.replace("/graphql", "/ready"));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { circuits: unknown }).circuits).toEqual({ stalled: "open" });
  });

  it("tries one call after openMs, and closes on its success; a 5xx counts as a failure", async () => {
    const flaky = await startStubSubgraph("flaky");
    stubs.push(flaky);
    flaky.behaviour.mode = "fail";
    const gateway = await gatewayOver(flaky, {
      FLAKY_BREAKER_FAILURES: "3",
      FLAKY_BREAKER_OPEN_MS: "1000",
    });
    const QUERY = "{ flakyHello }";
    for (let failure = 0; failure < 3; failure += 1) await graphql(gateway.url, QUERY);
    expect(flaky.calls).toBe(3);
    const skipped = await graphql(gateway.url, QUERY);
    expect(skipped.errors![0].extensions).toMatchObject({ reason: "circuit open" });
    expect(flaky.calls).toBe(3);

    flaky.behaviour.mode = "answer";
    await waitFor("the half-open state", async () => {
      return (await metric(gateway, "ngo_graph_subgraph_breaker_state", "flaky")) === 1;
    });
    expect(await graphql(gateway.url, QUERY)).toEqual({ data: { flakyHello: "hello from flaky" } });
    expect(await metric(gateway, "ngo_graph_subgraph_breaker_state", "flaky")).toBe(0);
    expect(gateway.breakers.state("flaky")).toBe("closed");
  });

  it("opens again when the trial call fails, and counts from the breaker settings in force", async () => {
    const again = await startStubSubgraph("again");
    stubs.push(again);
    again.behaviour.mode = "fail";
    const gateway = await gatewayOver(again, { AGAIN_BREAKER_OPEN_MS: "500" });
    // Lowered live: one failure is enough now.
    gateway.settings.set("again", { breaker: { failures: 1 } });
    await graphql(gateway.url, "{ againHello }");
    expect(gateway.breakers.state("again")).toBe("open");
    await waitFor("the half-open state", () => gateway.breakers.state("again") === "half-open");
    await graphql(gateway.url, "{ againHello }");
    expect(again.calls).toBe(2);
    expect(gateway.breakers.state("again")).toBe("open");
  });
});
