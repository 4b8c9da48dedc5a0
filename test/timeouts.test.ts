import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import { loadGatewayConfig } from "../gateway/config";
import { createSubgraphDataSource } from "../gateway/data-source";
import { createTokenMinter } from "../gateway/minter";
import { loadSigningKeys } from "../gateway/signing-keys";
import { startGateway, type RunningGateway } from "../gateway/server";
import type { Env } from "../subgraphs/shared/env";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { composeSupergraph, subgraphSdls } from "../tools/composition";
import { subgraphCatalog } from "../tools/catalog";
import { entryArgs } from "./support/entry";
import { errorCodes, type GraphQLResponse } from "./support/graphql";
import { startTestSubgraph, testAuth } from "./support/subgraph";

/** Every bound on time below is generous: the observation was a 40 s hang. */
const MARGIN_MS = 3000;

const URAL_WITH_EVENTS = `
  {
    regions(federalDistrict: "URAL") {
      code
      organizationCount
      eventCount
    }
    networks {
      name
    }
  }
`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`events exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never answered 200:\n${log()}`);
}

/** The events subgraph as its own process, on a free port with an in-memory database. */
async function spawnEvents(
  organizationsUrl: string,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, entryArgs("subgraphs/events/index.ts"), {
    env: {
      ...process.env,
      EVENTS_PORT: String(port),
      EVENTS_DATABASE: ":memory:",
      HOST: "127.0.0.1",
      ORGANIZATIONS_URL: organizationsUrl,
    },
    stdio: "pipe",
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(`http://127.0.0.1:${port}/health`, child, () => output);
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

/** Posts a query, giving up (and failing the test) after `limitMs` rather than hanging it. */
async function timedQuery(
  url: string,
  query: string,
  limitMs: number,
): Promise<{ status: number; body: GraphQLResponse; elapsedMs: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(limitMs),
  });
  const body = (await response.json()) as GraphQLResponse;
  return { status: response.status, body, elapsedMs: performance.now() - started };
}

describe("a subgraph that stops answering (SIGSTOP)", () => {
  const inProcess: RunningSubgraph[] = [];
  const gateways: RunningGateway[] = [];
  let events: { child: ChildProcess; url: string };
  let urls: Env;
  let supergraphSdl: string;

  /** A gateway configured as the gateway process would be, from these variables. */
  async function gatewayWith(variables: Env): Promise<RunningGateway> {
    const config = loadGatewayConfig([], { ...urls, ...variables });
    const gateway = await startGateway(
      {
        supergraphSdl,
        subgraphs: config.subgraphs,
        auth: testAuth,
        route: config.route,
        requestTimeoutMs: config.requestTimeoutMs,
      },
      0,
      "127.0.0.1",
    );
    gateways.push(gateway);
    return gateway;
  }

  /** Runs `body` while the events process is stopped, and always lets it go on afterwards. */
  async function whileEventsStopped<T>(body: () => Promise<T>): Promise<T> {
    events.child.kill("SIGSTOP");
    try {
      return await body();
    } finally {
      events.child.kill("SIGCONT");
    }
  }

  beforeAll(async () => {
    const organizations = await startTestSubgraph(subgraphCatalog.organizations);
    inProcess.push(organizations);
    const [regions, programmes, spawned] = await Promise.all([
      startTestSubgraph(subgraphCatalog.regions, { organizationsUrl: organizations.url }),
      startTestSubgraph(subgraphCatalog.programmes, { organizationsUrl: organizations.url }),
      spawnEvents(organizations.url),
    ]);
    inProcess.push(regions, programmes);
    events = spawned;
    urls = {
      REGIONS_URL: regions.url,
      ORGANIZATIONS_URL: organizations.url,
      EVENTS_URL: events.url,
      PROGRAMMES_URL: programmes.url,
    };
    const entries = Object.entries(urls).map(([variable, url]) => ({
      name: variable.replace(/_URL$/, "").toLowerCase(),
      url: url!,
    }));
    const composed = composeSupergraph(entries, await subgraphSdls(entries));
    if (!composed.supergraphSdl) throw new Error(composed.errors.join("\n"));
    supergraphSdl = composed.supergraphSdl;
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    if (events?.child.exitCode === null) {
      events.child.kill("SIGCONT");
      events.child.kill("SIGTERM");
      await once(events.child, "exit");
    }
    await Promise.all(inProcess.map((subgraph) => subgraph.close()));
  });

  it("costs only its own fields, with SUBGRAPH_TIMEOUT naming it, within the deadline", async () => {
    const gateway = await gatewayWith({ SUBGRAPH_TIMEOUT_MS: "1000" });
    const { body, elapsedMs } = await whileEventsStopped(() =>
      timedQuery(gateway.url, URAL_WITH_EVENTS, 1000 + MARGIN_MS),
    );
    expect(elapsedMs).toBeLessThan(1000 + MARGIN_MS);
    expect(body.errors!.length).toBeGreaterThan(0);
    for (const error of body.errors!) {
      expect(error.message).toContain('"events"');
      expect(error.extensions).toMatchObject({
        code: "SUBGRAPH_TIMEOUT",
        serviceName: "events",
        timeoutMs: 1000,
      });
    }
    expect(body.data!.networks.length).toBeGreaterThan(0);
    expect(body.data!.regions).toHaveLength(6);
    for (const region of body.data!.regions) expect(region.eventCount).toBeNull();
    expect(
      body.data!.regions.some((r: { organizationCount: number }) => r.organizationCount > 0),
    ).toBe(true);
  });

  it("answers whole again once the subgraph resumes", async () => {
    const gateway = await gatewayWith({ SUBGRAPH_TIMEOUT_MS: "1000" });
    await whileEventsStopped(() => timedQuery(gateway.url, URAL_WITH_EVENTS, 1000 + MARGIN_MS));
    // A resumed process first works off what it was sent while stopped: on a loaded machine
    // that can take longer than the 1 s deadline, so the answer is whole again within a few asks.
    let body: Awaited<ReturnType<typeof timedQuery>>["body"] = {};
    for (let ask = 0; ask < 10; ask += 1) {
      ({ body } = await timedQuery(gateway.url, URAL_WITH_EVENTS, 1000 + MARGIN_MS));
      if (!body.errors) break;
    }
    expect(body.errors).toBeUndefined();
    const tyumen = body.data!.regions.find((r: { code: string }) => r.code === "RU-TYU");
    expect(tyumen.eventCount).toBeGreaterThan(0);
  });

  it("waits for one subgraph as long as <NAME>_TIMEOUT_MS says, whatever the default", async () => {
    const gateway = await gatewayWith({ SUBGRAPH_TIMEOUT_MS: "60000", EVENTS_TIMEOUT_MS: "700" });
    const { body, elapsedMs } = await whileEventsStopped(() =>
      timedQuery(gateway.url, URAL_WITH_EVENTS, 700 + MARGIN_MS),
    );
    expect(elapsedMs).toBeLessThan(700 + MARGIN_MS);
    expect(body.errors![0].extensions).toMatchObject({
      code: "SUBGRAPH_TIMEOUT",
      serviceName: "events",
      timeoutMs: 700,
    });
    expect(body.data!.networks.length).toBeGreaterThan(0);
  });

  it("answers a request that outlives REQUEST_TIMEOUT_MS with REQUEST_TIMEOUT (HTTP 504)", async () => {
    const gateway = await gatewayWith({ EVENTS_TIMEOUT_MS: "60000", REQUEST_TIMEOUT_MS: "1000" });
    const { status, body, elapsedMs } = await whileEventsStopped(() =>
      timedQuery(gateway.url, URAL_WITH_EVENTS, 1000 + MARGIN_MS),
    );
    expect(elapsedMs).toBeLessThan(1000 + MARGIN_MS);
    expect(status).toBe(504);
    expect(errorCodes(body)).toEqual(["REQUEST_TIMEOUT"]);
    expect(body.errors![0].extensions).toEqual({ code: "REQUEST_TIMEOUT", timeoutMs: 1000 });
    // The gateway itself is not stuck: a request that avoids the stopped subgraph is answered.
    const { body: networks } = await timedQuery(gateway.url, "{ networks { name } }", MARGIN_MS);
    expect(networks.errors).toBeUndefined();
  });
});

describe("the gateway's subgraph settings", () => {
  it("defaults to 5000 ms per subgraph call and 15000 ms per request", () => {
    const config = loadGatewayConfig([], {});
    expect(config.route("events", "http://127.0.0.1:4003/graphql").timeoutMs).toBe(5000);
    expect(config.requestTimeoutMs).toBe(15000);
  });

  it("refuses a malformed or too large timeout at start, naming the variable and the value", () => {
    expect(() => loadGatewayConfig([], { EVENTS_TIMEOUT_MS: "soon" })).toThrow(
      'EVENTS_TIMEOUT_MS must be a positive whole number, got "soon"',
    );
    expect(() => loadGatewayConfig([], { REQUEST_TIMEOUT_MS: "9999999999" })).toThrow(
      /REQUEST_TIMEOUT_MS must be at most .*"9999999999"/,
    );
  });

  it("routes a subgraph the start-up list does not know by <NAME>_URL and <NAME>_TIMEOUT_MS", () => {
    const { route } = loadGatewayConfig([], {
      VOLUNTEERS_URL: "http://volunteers.internal:4005/graphql",
      VOLUNTEERS_TIMEOUT_MS: "2500",
    });
    expect(route("volunteers", "http://localhost:4005/graphql")).toEqual({
      url: "http://volunteers.internal:4005/graphql",
      timeoutMs: 2500,
    });
    expect(route("another", "http://localhost:4006/graphql").url).toBe(
      "http://localhost:4006/graphql",
    );
  });
});

describe("a subgraph call that misses its deadline", () => {
  it("closes its connection, so the late answer never reaches a later call", async () => {
    let held: ServerResponse | undefined;
    const closed: Socket[] = [];
    const server = createServer((request, response) => {
      request.resume();
      if (!held) {
        held = response;
        request.socket.on("close", () => closed.push(request.socket));
        return;
      }
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ data: { answer: "fresh" } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const keys = await loadSigningKeys({});
    const source = createSubgraphDataSource(
      "slow",
      { url, timeoutMs: 300 },
      createTokenMinter(keys),
    );
    const call = () =>
      source.process({
        kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
        request: { query: "{ answer }" },
        context: {},
      });
    try {
      await expect(call()).rejects.toMatchObject({
        extensions: { code: "SUBGRAPH_TIMEOUT", serviceName: "slow", timeoutMs: 300 },
      });
      for (let i = 0; i < 100 && closed.length === 0; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(closed).toHaveLength(1);
      held!.setHeader("content-type", "application/json");
      held!.end(JSON.stringify({ data: { answer: "stale" } }));
      await expect(call()).resolves.toMatchObject({ data: { answer: "fresh" } });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
