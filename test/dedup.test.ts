import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import { createSubgraphDataSource } from "../gateway/data-source";
import { createTokenMinter } from "../gateway/minter";
import { loadSigningKeys } from "../gateway/signing-keys";
import type { Principal } from "../subgraphs/shared/auth/principal";
import type { GatewayContext } from "../gateway/auth";
import { startStack, type TestStack } from "./support/stack";
import { bearer } from "./support/subgraph";

/**
 * A subgraph stand-in over real HTTP that records every call and holds every answer until
 * `release`, so the calls a test makes are all in flight at once, whatever the machine's speed.
 */
interface HeldSubgraph {
  url: string;
  calls: { body: string; headers: IncomingHttpHeaders }[];
  release: () => void;
  close: () => Promise<void>;
}

async function heldSubgraph(): Promise<HeldSubgraph> {
  const held: ServerResponse[] = [];
  const calls: HeldSubgraph["calls"] = [];
  let released = false;
  const answer = (response: ServerResponse) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ data: { organization: { name: "АНО Ресурсный центр" } } }));
  };
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      calls.push({ body, headers: request.headers });
      if (released) answer(response);
      else held.push(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls,
    release: () => {
      released = true;
      held.splice(0).forEach(answer);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  principal?: Principal;
  requestId?: string;
}

const TYUMEN: Principal = { organizationId: "org-rc-tyumen", role: "centre" };
const KURGAN: Principal = { organizationId: "org-rc-kurgan", role: "centre" };
const minter = loadSigningKeys({}).then((keys) => createTokenMinter(keys));

/**
 * Makes `calls` at the same moment through the gateway's data source, waits until the subgraph
 * has received `expected` of them (and a moment longer, for any extra one), then lets it answer.
 */
async function concurrently(
  subgraph: HeldSubgraph,
  calls: Call[],
  expected: number,
  deduplicate = true,
) {
  const source = createSubgraphDataSource(
    "organizations",
    { url: subgraph.url, timeoutMs: 5000 },
    await minter,
    { timeoutMs: () => 5000, deduplicate },
  );
  const results = calls.map(({ query, variables, principal = null, requestId }) =>
    source.process({
      kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
      request: { query, variables },
      context: { principal, requestId } as GatewayContext,
    }),
  );
  for (let waited = 0; subgraph.calls.length < expected && waited < 5000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 50));
  subgraph.release();
  return Promise.all(results);
}

const QUERY = "query Org__organizations__0($id:ID!){organization(id:$id){name}}";
const MUTATION =
  'mutation Grant__organizations__0{grantConsent(organizationId:"a",centreId:"b"){id}}';

describe("identical subgraph reads in flight at the same time", () => {
  let subgraph: HeldSubgraph;
  beforeEach(async () => (subgraph = await heldSubgraph()));
  afterEach(() => subgraph.close());

  it("are sent once, and every caller gets its own copy of the answer", async () => {
    const call = { query: QUERY, variables: { id: "org-rc-tyumen" }, principal: TYUMEN };
    const results = await concurrently(
      subgraph,
      Array.from({ length: 5 }, (_, index) => ({ ...call, requestId: `request-${index}` })),
      1,
    );
    expect(subgraph.calls).toHaveLength(1);
    expect(subgraph.calls[0].headers.authorization).toMatch(/^Bearer \S+$/);
    for (const result of results)
      expect(result.data).toEqual({ organization: { name: "АНО Ресурсный центр" } });
    // The gateway merges later answers into these objects: no two requests may share one.
    expect(results[0].data).not.toBe(results[1].data);
  });

  it("are each sent when deduplication is off (SUBGRAPH_DEDUPLICATION=false)", async () => {
    const call = { query: QUERY, variables: { id: "org-rc-tyumen" }, principal: TYUMEN };
    const results = await concurrently(subgraph, [call, call, call], 3, false);
    expect(subgraph.calls).toHaveLength(3);
    for (const result of results)
      expect(result.data).toEqual({ organization: { name: "АНО Ресурсный центр" } });
  });

  it("are not merged across credentials", async () => {
    const call = { query: QUERY, variables: { id: "org-rc-tyumen" } };
    await concurrently(
      subgraph,
      [{ ...call, principal: TYUMEN }, { ...call, principal: KURGAN }, { ...call }],
      3,
    );
    const sent = subgraph.calls.map((call) => call.headers.authorization ?? null);
    expect(sent.filter((header) => header === null)).toHaveLength(1);
    expect(new Set(sent.filter(Boolean)).size).toBe(2);
  });

  it("are not merged across variables", async () => {
    await concurrently(
      subgraph,
      [
        { query: QUERY, variables: { id: "org-rc-tyumen" } },
        { query: QUERY, variables: { id: "org-rc-kurgan" } },
      ],
      2,
    );
    expect(subgraph.calls.map((call) => JSON.parse(call.body).variables.id).sort()).toEqual([
      "org-rc-kurgan",
      "org-rc-tyumen",
    ]);
  });

  it("are sent again once the first call has ended: nothing is cached", async () => {
    const call = { query: QUERY, variables: { id: "org-rc-tyumen" } };
    await concurrently(subgraph, [call], 1);
    await concurrently(subgraph, [call], 2);
    expect(subgraph.calls).toHaveLength(2);
  });
});

describe("identical subgraph mutations in flight at the same time", () => {
  let subgraph: HeldSubgraph;
  beforeEach(async () => (subgraph = await heldSubgraph()));
  afterEach(() => subgraph.close());

  it("are each sent", async () => {
    const call = { query: MUTATION, principal: TYUMEN };
    await concurrently(subgraph, [call, call, call], 3);
    expect(subgraph.calls).toHaveLength(3);
  });
});

const databases: [string, string | undefined][] = [
  ["SQLite", undefined],
  ...(process.env.TEST_DATABASE_URL
    ? [["PostgreSQL", process.env.TEST_DATABASE_URL] as [string, string]]
    : []),
];

describe.each(databases)("through the gateway (%s)", (_name, databaseUrl) => {
  let stack: TestStack;
  let organizationCalls = 0;
  beforeAll(async () => {
    stack = await startStack(databaseUrl);
    stack.subgraphs.organizations.server.on("request", () => (organizationCalls += 1));
  }, 60_000);
  afterAll(() => stack?.close());

  const post = async (query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(stack.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };

  it("answers identical concurrent dashboards each in full, never with more subgraph calls", async () => {
    const query = `{ regions(federalDistrict: "URAL") { code organizationCount
      organizations(filter: { kinds: [RESOURCE_CENTRE] }) { edges { node { name } } } } }`;
    const alone = await post(query);
    const before = organizationCalls;
    const together = await Promise.all(Array.from({ length: 20 }, () => post(query)));
    for (const answer of together) expect(answer).toEqual(alone);
    // Each dashboard asks the organizations subgraph once; twenty at once never ask it more.
    expect(organizationCalls - before).toBeLessThanOrEqual(20);
  });

  it("never merges identical concurrent mutations: each creates its own record", async () => {
    const mutation = `mutation { createOrganization(input: { name: "АНО Двойник", kind: NGO }) { id } }`;
    const answers = await Promise.all([1, 2, 3].map(() => post(mutation, bearer("org-rc-tyumen"))));
    const ids = answers.map((answer) => (answer.data?.createOrganization as { id: string }).id);
    expect(new Set(ids).size).toBe(3);
  });
});
