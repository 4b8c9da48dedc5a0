import { startGateway, type RunningGateway } from "../gateway/server";
import {
  createObservability,
  loadObservabilitySettings,
  QUIET_SETTINGS,
  readMetricsAccess,
} from "../subgraphs/shared/observability";
import { LEARN_AFTER, MAX_LEARNED } from "../subgraphs/shared/observability/operation-labels";
import { shippedOperationNames } from "../subgraphs/shared/observability/shipped-operations";
import type { Env } from "../subgraphs/shared/env";
import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { bearer, testAuth } from "./support/subgraph";

/**
 * The request metrics over real HTTP: operation labels only for operations the platform knows,
 * and /metrics readable only by whom the settings allow under NODE_ENV=production.
 */
let stack: TestStack;
const started: RunningGateway[] = [];

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await Promise.all(started.map((gateway) => gateway.close()));
  await stack?.close();
});

/** A gateway in front of the stack's subgraphs whose /metrics follows `env`. */
async function gatewayWith(env: Env): Promise<RunningGateway> {
  const settings = { ...QUIET_SETTINGS, metrics: readMetricsAccess(env) };
  const gateway = await startGateway(
    {
      supergraphSdl: stack.supergraphSdl,
      subgraphs: stack.entries,
      auth: testAuth,
      observability: createObservability("gateway", settings),
    },
    0,
    "127.0.0.1",
  );
  started.push(gateway);
  return gateway;
}

const metricsUrl = (port: number) => `http://127.0.0.1:${port}/metrics`;

/** The `operation` labels of ngo_graph_requests_total in a scrape. */
async function operationLabels(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(url)).text();
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/^ngo_graph_requests_total\{([^}]*)\} (\S+)$/gm)) {
    const operation = /operation="([^"]*)"/.exec(match[1])![1];
    counts.set(operation, (counts.get(operation) ?? 0) + Number(match[2]));
  }
  return counts;
}

const MY_RECORDS = 'query MyRecords { organization(id: "org-rc-tyumen") { name } }';

// The label tests send hundreds of requests: generous on a loaded two-core machine.
jest.setTimeout(180_000);

describe("operation labels", () => {
  it("reads the shipped operations: the dashboard's and schema/operations'", () => {
    const known = shippedOperationNames();
    for (const name of ["MyRecords", "Country", "UpdateOrganization", "TyumenRegion"])
      expect(known.has(name)).toBe(true);
  });

  it("keeps MyRecords' own label after 100 made-up names, which count as `other`", async () => {
    const gateway = await gatewayWith({});
    for (let index = 0; index < 100; index += 1)
      await graphql(gateway.url, `query Made${index} { federalDistricts { code } }`);
    await graphql(gateway.url, MY_RECORDS, {}, bearer("org-rc-tyumen"));
    const labels = await operationLabels(metricsUrl(gateway.port));
    expect(labels.get("MyRecords")).toBe(1);
    expect(labels.get("other")).toBe(100);
    expect([...labels.keys()].filter((name) => name.startsWith("Made"))).toEqual([]);
  });

  it("counts a subgraph's call for MyRecords under MyRecords, not the planner's name", async () => {
    const organizations = stack.subgraphs.organizations;
    const before = (await operationLabels(metricsUrl(organizations.port))).get("MyRecords") ?? 0;
    await graphql(stack.gateway.url, MY_RECORDS);
    const after = await operationLabels(metricsUrl(organizations.port));
    expect(after.get("MyRecords")).toBe(before + 1);
    expect([...after.keys()].some((name) => name.includes("__"))).toBe(false);
  });

  it(`learns a client's operation seen ${LEARN_AFTER} times as the same document`, async () => {
    const gateway = await gatewayWith({});
    for (let index = 0; index < LEARN_AFTER; index += 1) {
      // Spacing differs; the normalised document does not.
      await graphql(gateway.url, `query Client${" ".repeat(index)}{ federalDistricts { code } }`);
      // A name sent with a new document each time is never learnt.
      await graphql(gateway.url, `query Fuzz { federalDistricts { code nameEn${index}: name } }`);
    }
    const labels = await operationLabels(metricsUrl(gateway.port));
    expect(labels.get("Client")).toBe(1);
    expect(labels.has("Fuzz")).toBe(false);
    expect(labels.get("other")).toBe(2 * LEARN_AFTER - 1);
  });

  it(`learns at most ${MAX_LEARNED} client operations`, async () => {
    const gateway = await gatewayWith({});
    const names = Array.from({ length: MAX_LEARNED + 5 }, (_, index) => `Learnt${index}`);
    for (let round = 0; round < LEARN_AFTER; round += 1)
      await Promise.all(
        names.map((name) => graphql(gateway.url, `query ${name} { federalDistricts { code } }`)),
      );
    await graphql(gateway.url, MY_RECORDS);
    const labels = await operationLabels(metricsUrl(gateway.port));
    expect([...labels.keys()].filter((name) => name.startsWith("Learnt"))).toHaveLength(
      MAX_LEARNED,
    );
    expect(labels.get("MyRecords")).toBe(1);
  });
});

describe("who may read /metrics", () => {
  const token = "scrape-token-0123456789";

  it("is open outside production", async () => {
    const gateway = await gatewayWith({});
    expect((await fetch(metricsUrl(gateway.port))).status).toBe(200);
  });

  it("is not served in production without METRICS_PORT or METRICS_TOKEN", async () => {
    const gateway = await gatewayWith({ NODE_ENV: "production" });
    const response = await fetch(metricsUrl(gateway.port));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("METRICS_PORT or METRICS_TOKEN");
  });

  it("asks for the bearer token with METRICS_TOKEN", async () => {
    const gateway = await gatewayWith({ NODE_ENV: "production", METRICS_TOKEN: token });
    const url = metricsUrl(gateway.port);
    expect((await fetch(url)).status).toBe(401);
    const wrong = await fetch(url, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    const right = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain("ngo_graph_requests_total");
  });

  it("serves it on METRICS_PORT only, not on the public port", async () => {
    const gateway = await gatewayWith({ NODE_ENV: "production", METRICS_PORT: "0" });
    expect(gateway.metricsPort).toBeGreaterThan(0);
    expect((await fetch(metricsUrl(gateway.port))).status).toBe(404);
    const own = await fetch(metricsUrl(gateway.metricsPort!));
    expect(own.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${gateway.metricsPort}/graphql`)).status).toBe(404);
  });

  it("takes <SERVICE>_METRICS_PORT over METRICS_PORT, and refuses a short token", () => {
    const access = readMetricsAccess({ METRICS_PORT: "9400", GATEWAY_METRICS_PORT: "9401" });
    expect(access.portByService.GATEWAY).toBe(9401);
    expect(access.port).toBe(9400);
    // What each process's entry reads at start (gateway/index.ts, subgraphs/shared/subgraph.ts).
    const env = { NODE_ENV: "production", METRICS_TOKEN: token, EVENTS_METRICS_PORT: "9467" };
    expect(loadObservabilitySettings(env, false).metrics).toEqual({
      token,
      port: undefined,
      portByService: { EVENTS: 9467 },
      production: true,
    });
    expect(() => readMetricsAccess({ METRICS_TOKEN: "short" })).toThrow(
      "METRICS_TOKEN must be at least 16 characters, got 5",
    );
  });
});
