import { ApolloServer } from "@apollo/server";
import { startGateway, type RunningGateway } from "../gateway/server";
import { loadLimitSettings } from "../subgraphs/shared/limits";
import { platformApolloOptions } from "../subgraphs/shared/apollo-options";
import {
  describeMemoryBudget,
  memoryBudgetArgs,
  readMemoryBudgetMiB,
} from "../subgraphs/shared/memory-budget";
import {
  createOperationCaches,
  DOCUMENT_BYTES_PER_CHAR,
} from "../subgraphs/shared/operation-cache";
import { distinctOperation } from "../tools/abuse/flood-attacks";
import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { testAuth } from "./support/subgraph";

const MiB = 2 ** 20;

/** Sends `count` distinct operations, `parallel` at a time, and checks each was answered. */
async function flood(url: string, count: number, parallel = 8): Promise<void> {
  for (let start = 0; start < count; start += parallel) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(parallel, count - start) }, (_, i) =>
        graphql(url, distinctOperation(start + i)),
      ),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
  }
}

describe("per-operation caches under a flood of distinct operations", () => {
  let stack: TestStack;
  const gateways: RunningGateway[] = [];

  /** A gateway over the stack's subgraphs with its own cache bounds (`CACHE_*` variables). */
  async function gatewayWith(env: Record<string, string>): Promise<RunningGateway> {
    const gateway = await startGateway(
      {
        supergraphSdl: stack.supergraphSdl,
        subgraphs: stack.entries,
        auth: testAuth,
        limits: loadLimitSettings(env),
      },
      0,
      "127.0.0.1",
    );
    gateways.push(gateway);
    return gateway;
  }

  beforeAll(async () => {
    // The flood loads a two-core machine: what is tested is the caches, not the deadline.
    stack = await startStack(undefined, { subgraphTimeoutMs: 60_000 });
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await stack?.close();
  });

  it("keeps the gateway's documents and plans within their entry bounds", async () => {
    const gateway = await gatewayWith({ CACHE_DOCUMENTS_MAX: "40", CACHE_PLANS_MAX: "30" });
    await flood(gateway.url, 200);
    const { documents, plans } = gateway.caches;
    expect(documents.entries).toBe(40);
    expect(plans.entries).toBe(30);
    // The latest operations stay cached: sending one again adds nothing.
    await flood(gateway.url, 1);
    expect(documents.entries).toBe(40);
  });

  it("keeps the gateway's documents and plans within their heap estimate", async () => {
    const gateway = await gatewayWith({ CACHE_DOCUMENTS_MIB: "1", CACHE_PLANS_MIB: "1" });
    await flood(gateway.url, 120);
    const { documents, plans } = gateway.caches;
    // Each document is estimated at 80 bytes a character of its source (about 90 KB here).
    const documentBytes = distinctOperation(100).length * DOCUMENT_BYTES_PER_CHAR;
    expect(documents.estimatedBytes).toBeLessThanOrEqual(MiB);
    expect(documents.entries).toBe(Math.floor(MiB / documentBytes));
    expect(plans.estimatedBytes).toBeLessThanOrEqual(MiB);
    expect(plans.entries).toBeGreaterThan(0);
    expect(plans.entries).toBeLessThan(120);
  });

  it("bounds a subgraph's document store with the same shared options", async () => {
    const settings = loadLimitSettings({ CACHE_DOCUMENTS_MAX: "25" });
    const caches = createOperationCaches(settings.caches);
    const server = new ApolloServer({
      ...platformApolloOptions(settings, caches),
      typeDefs: "type Query { hello(n: Int): Int }",
      resolvers: { Query: { hello: (_: unknown, { n }: { n: number }) => n } },
    });
    await server.start();
    for (let n = 0; n < 100; n += 1) {
      const response = await server.executeOperation({ query: `{ a${n}: hello(n: ${n}) }` });
      expect(response.body.kind === "single" && response.body.singleResult.errors).toBeFalsy();
    }
    expect(caches.documents.entries).toBe(25);
    await server.stop();
  });
});

describe("memory settings", () => {
  it("reads the cache bounds from CACHE_* and names a bad value", () => {
    expect(loadLimitSettings({}).caches).toEqual({
      documents: { maxEntries: 1000, maxMiB: 32 },
      plans: { maxEntries: 1000, maxMiB: 32 },
    });
    expect(loadLimitSettings({ CACHE_PLANS_MIB: "8" }).caches.plans.maxMiB).toBe(8);
    expect(() => loadLimitSettings({ CACHE_DOCUMENTS_MAX: "0" })).toThrow(
      /CACHE_DOCUMENTS_MAX.*"0"/,
    );
  });

  it("gives each supervised process --max-old-space-size from MEMORY_BUDGET_MIB", () => {
    expect(memoryBudgetArgs({}, [])).toEqual(["--max-old-space-size=256"]);
    expect(memoryBudgetArgs({ MEMORY_BUDGET_MIB: "384" }, ["-r", "x"])).toEqual([
      "--max-old-space-size=384",
    ]);
    // The supervisor's own flag, inherited by its children, wins.
    expect(memoryBudgetArgs({}, ["--max-old-space-size=512"])).toEqual([]);
    expect(() => readMemoryBudgetMiB({ MEMORY_BUDGET_MIB: "12" })).toThrow(
      /MEMORY_BUDGET_MIB.*at least 64.*"12"/,
    );
  });

  it("states the heap limit and cache bounds at start, and warns when caches crowd the heap", () => {
    const caches = loadLimitSettings({}).caches;
    const line = describeMemoryBudget(caches, 256);
    expect(line).toContain("heap limit 256 MiB");
    expect(line).toContain("1000 documents / 32 MiB");
    expect(line).not.toContain("WARNING");
    expect(describeMemoryBudget(caches, 128)).toContain("WARNING");
  });
});
