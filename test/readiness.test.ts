import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { startGateway, type RunningGateway } from "../gateway/server";
import { readSubgraphList } from "../gateway/subgraph-list";
import { regionsSubgraph } from "../subgraphs/regions/server";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { startTestSubgraph, testAuth } from "./support/subgraph";

const SUPERGRAPH = readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8");

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A stand-in subgraph endpoint whose `/ready` answers whatever status the test sets. */
async function switchableSubgraph(): Promise<{
  url: string;
  status: { ready: number };
  server: Server;
}> {
  const status = { ready: 503 };
  const server = createServer((request, response) => {
    response.writeHead(request.url === "/ready" ? status.ready : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, status, server };
}

describe("readiness of a subgraph", () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(regionsSubgraph, { seed: false });
  });
  afterAll(() => subgraph.close());

  it("is ready while its database answers, and says so", async () => {
    const ready = await getJson(subgraph.url.replace("/graphql", "/ready"));
    expect(ready).toEqual({ status: 200, body: { status: "ready", database: "ok" } });
  });

  it("answers /ready with 503 naming the database once it is gone, while /health stays 200", async () => {
    await subgraph.database.dataSource.destroy();
    const ready = await getJson(subgraph.url.replace("/graphql", "/ready"));
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe("not ready");
    expect(String(ready.body.database)).not.toBe("ok");
    const health = await fetch(subgraph.url.replace("/graphql", "/health"));
    expect(health.status).toBe(200);
  });
});

describe("readiness of the gateway", () => {
  let regions: RunningSubgraph;
  let gateway: RunningGateway;
  let stub: Awaited<ReturnType<typeof switchableSubgraph>>;
  let ready: string;
  beforeAll(async () => {
    regions = await startTestSubgraph(regionsSubgraph, { seed: false });
    stub = await switchableSubgraph();
    // Regions is real; every other listed subgraph (organizations, events, programmes, and any
    // centre's subgraph supergraph.yaml lists) is the switchable endpoint.
    const subgraphs = readSubgraphList()
      .filter(({ name }) => name !== "regions")
      .map(({ name }) => ({ name, url: stub.url }));
    gateway = await startGateway(
      {
        supergraphSdl: SUPERGRAPH,
        subgraphs: [{ name: "regions", url: regions.url }, ...subgraphs],
        auth: testAuth,
      },
      0,
      "127.0.0.1",
    );
    ready = gateway.url.replace("/graphql", "/ready");
  });
  afterAll(async () => {
    await gateway.close();
    await regions.close();
    await new Promise((resolve) => stub.server.close(resolve));
  });

  it("is live at once but not ready while subgraphs have not answered, naming them", async () => {
    expect((await fetch(gateway.url.replace("/graphql", "/health"))).status).toBe(200);
    const answer = await getJson(ready);
    expect(answer.status).toBe(503);
    expect(answer.body.status).toBe("not ready");
    const waiting = answer.body.subgraphs as Record<string, string>;
    const listed = readSubgraphList().map(({ name }) => name);
    expect(Object.keys(waiting)).toEqual(
      expect.arrayContaining(["events", "organizations", "programmes"]),
    );
    for (const name of Object.keys(waiting)) expect(listed).toContain(name);
    expect(Object.keys(waiting)).not.toContain("regions");
    expect(waiting.events).toBe("not answered: answered 503 at /ready");
  });

  it("becomes ready once every subgraph of the supergraph has answered", async () => {
    stub.status.ready = 200;
    expect(await getJson(ready)).toEqual({
      status: 200,
      body: { status: "ready", subgraphs: "all answered" },
    });
  });

  it("stays ready when a subgraph that has answered goes away (its fields become errors)", async () => {
    stub.status.ready = 503;
    expect((await getJson(ready)).status).toBe(200);
  });
});
