import { Supergraph } from "@apollo/federation-internals";
import { productionKeyEnv } from "../tools/process-env";
import type { GraphQLSchema } from "graphql";
import { LIMIT_DEFAULTS, loadLimitSettings } from "../subgraphs/shared/limits";
import { measureOperation } from "../subgraphs/shared/limits/measure";
import { startStack, type TestStack } from "./support/stack";
import { processesOver, type Processes } from "./support/processes";

/** A response over real HTTP with its status and the time it took to arrive in full. */
interface Answer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables: object = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer["body"];
  return { status: response.status, ms: performance.now() - started, body };
}

/** `{ regions { code federalDistrict { code regions { … } } } }` with `levels` lists of regions. */
function nestedRegions(levels: number): string {
  let inner = "regions { code }";
  for (let level = 1; level < levels; level += 1) {
    inner = `regions { code federalDistrict { code ${inner} } }`;
  }
  return `{ ${inner} }`;
}

function aliases(count: number, selection: (index: number) => string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection(index)}`).join(" ")} }`;
}

const ORGANIZATION_ALIAS = () =>
  'organization(id: "org-rc-tyumen") { events { totalCount } region { code } }';
const CHEAP_ALIAS = () => 'region(code: "RU-TYU") { code }';

/** A refusal: HTTP 400, one error with the limit's code, its value and the measured one. */
function expectRefused(answer: Answer, code: string, limit: number, measured?: number): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  const error = answer.body.errors?.find((each) => each.extensions?.code === code);
  expect(error?.extensions).toMatchObject({ code, limit });
  const value = error?.extensions?.measured as number;
  if (measured === undefined) expect(value).toBeGreaterThan(limit);
  else expect(value).toBe(measured);
  expect(error?.message).toContain(`limit of ${limit}`);
  // How fast refusals are answered is measured by `npm run abuse`, not asserted here: a timed
  // assertion on a shared two-core machine tests the machine's load, not the code.
}

/** 2^16 copies of `regions { code }` in a document of under 200 tokens. */
const FRAGMENT_BOMB = `{ ...F0 } ${Array.from(
  { length: 16 },
  (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`,
).join(" ")} fragment F16 on Query { regions { code } }`;

/** A refused document's tokens are counted up to ten times the limit, then reported "at least". */
const COUNTED_TOKENS = LIMIT_DEFAULTS.maxTokens * 10;

let stack: TestStack;
let processes: Processes;
let processGateway: string;
/** A gateway process in production with LIMIT_MAX_ALIASES=5, and a regions process with it too. */
let productionGateway: string;
let limitedSubgraph: string;
let apiSchema: GraphQLSchema;
const settings = loadLimitSettings({});

beforeAll(async () => {
  stack = await startStack();
  processes = processesOver(stack.supergraphSdl, stack.entries);
  // Every process this file needs starts at once; each is used by its own tests below.
  [processGateway, productionGateway, limitedSubgraph] = await Promise.all([
    processes.startGateway({}),
    processes.startGateway({ LIMIT_MAX_ALIASES: "5", ...(await productionKeyEnv()) }),
    processes.startSubgraph("regions", { LIMIT_MAX_ALIASES: "5" }),
  ]);
  apiSchema = Supergraph.build(stack.supergraphSdl).apiSchema().toGraphQLJSSchema();
}, 90_000);
afterAll(() => Promise.all([stack?.close(), processes?.stop()]));

/**
 * Where the attacks are sent: the in-process gateway of the other suites, and the gateway as
 * its own process, as `npm start` runs it, over the same subgraphs. The limits of a subgraph
 * are the same code in either place; its own process is checked for its variables below.
 */
const gateways: [string, () => string][] = [
  ["in-process gateway", () => stack.gateway.url],
  ["gateway process", () => processGateway],
];
const subgraph = (name: string) => stack.subgraphs[name].url;

describe.each(gateways)("operation limits at the %s, before any planning", (_name, gateway) => {
  it("refuses the issue's five-level nest of regions by its estimated cost", async () => {
    const query = nestedRegions(5);
    const expected = measureOperation(apiSchema, query, settings).cost;
    expect(expected).toBeGreaterThan(10_000_000);
    expectRefused(
      await post(gateway(), query),
      "MAX_COST_EXCEEDED",
      LIMIT_DEFAULTS.maxCost,
      expected,
    );
  });

  it("refuses a nest deeper than the depth limit by its depth", async () => {
    const answer = await post(gateway(), nestedRegions(6));
    expectRefused(answer, "MAX_DEPTH_EXCEEDED", LIMIT_DEFAULTS.maxDepth, 12);
  });

  it("refuses a shallow query whose pages multiply, counting `first` from the variables", async () => {
    const query = `query($n: Int) { events(first: $n) { edges { node { organizers {
      events(first: $n) { totalCount } } } } } }`;
    // 1 + n × (edges 1 + node 1 + organizers (1 + 10 × events (1 + n × totalCount 1))), n = 100
    const answer = await post(gateway(), query, { n: 100 });
    expectRefused(answer, "MAX_COST_EXCEEDED", LIMIT_DEFAULTS.maxCost, 101_301);
    const small = await post(gateway(), query, { n: 2 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    // Accepted costs are remembered per document and variables: neither answer carries over.
    expectRefused(
      await post(gateway(), query, { n: 100 }),
      "MAX_COST_EXCEEDED",
      LIMIT_DEFAULTS.maxCost,
      101_301,
    );
    expect((await post(gateway(), query, { n: 2 })).status).toBe(200);
  });

  it("refuses 6,000 aliases of organization(id:) while parsing, by their tokens", async () => {
    const answer = await post(gateway(), aliases(6000, ORGANIZATION_ALIAS));
    // 108,002 tokens (18 per alias); the parser stopped at 2,001, the count at 20,000.
    expectRefused(answer, "MAX_TOKENS_EXCEEDED", LIMIT_DEFAULTS.maxTokens, COUNTED_TOKENS);
  });

  it("refuses 10,000 aliases of a cheap field while parsing, by their tokens", async () => {
    const answer = await post(gateway(), aliases(10_000, CHEAP_ALIAS));
    expectRefused(answer, "MAX_TOKENS_EXCEEDED", LIMIT_DEFAULTS.maxTokens, COUNTED_TOKENS);
  });

  it("refuses a huge document (50,000 tokens, 550 kB) without building it", async () => {
    const answer = await post(gateway(), `{ ${"__typename ".repeat(50_000)}}`);
    expectRefused(answer, "MAX_TOKENS_EXCEEDED", LIMIT_DEFAULTS.maxTokens, COUNTED_TOKENS);
  });

  it("refuses more aliases than the limit when the document is short enough to parse", async () => {
    const answer = await post(gateway(), aliases(40, CHEAP_ALIAS));
    expectRefused(answer, "MAX_ALIASES_EXCEEDED", LIMIT_DEFAULTS.maxAliases, 40);
  });

  it("refuses more root fields than the limit, counted through fragments", async () => {
    const query = `{ ...Both region(code: "RU-TYU") { code }
      a0: __typename a1: __typename a2: __typename a3: __typename a4: __typename a5: __typename
      a6: __typename a7: __typename a8: __typename a9: __typename a10: __typename a11: __typename
      a12: __typename a13: __typename a14: __typename a15: __typename a16: __typename a17: __typename
      a18: __typename a19: __typename }
      fragment Both on Query { regions { code } federalDistricts { code } }`;
    expectRefused(await post(gateway(), query), "MAX_ROOT_FIELDS_EXCEEDED", 20, 23);
  });

  it("refuses more directives than the limit", async () => {
    const query = `{ region(code: "RU-TYU") { ${"... @include(if: true) { code } ".repeat(50)} } }`;
    expectRefused(await post(gateway(), query), "MAX_DIRECTIVES_EXCEEDED", 20, 50);
  });

  it("refuses fragments that multiply each other without walking all they expand to", async () => {
    const answer = await post(gateway(), FRAGMENT_BOMB);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toMatchObject({
      code: "MAX_COST_EXCEEDED",
      limit: LIMIT_DEFAULTS.maxCost,
      evaluatedSelections: 5_000,
    });
  });

  it("answers a dashboard over all 83 regions, the heaviest query of the test suites", async () => {
    const query = `{ regions {
      code name federalDistrict { code } municipalities { name } organizationCount eventCount
      organizations(first: 5) { totalCount edges { node { name networks { name } parentCentre { name } } } }
      events(first: 5) { totalCount edges { node { title organizers { name } sessions { title } } } }
      programmes(first: 5) { totalCount edges { node { title operator { name } partners { name } } } }
      fundingTotal { amount } } }`;
    expect(measureOperation(apiSchema, query, settings).cost).toBeGreaterThan(25_000);
    const answer = await post(gateway(), query);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data as { regions: unknown[] }).regions).toHaveLength(83);
  });
});

describe("operation limits in a subgraph called directly", () => {
  const url = subgraph;

  it("refuses the five-level nest of regions before running a resolver", async () => {
    const answer = await post(url("regions"), nestedRegions(5));
    expectRefused(answer, "MAX_COST_EXCEEDED", LIMIT_DEFAULTS.maxCost, undefined);
    expectRefused(await post(url("regions"), nestedRegions(6)), "MAX_DEPTH_EXCEEDED", 10, 12);
  });

  it("refuses aliases, directives and huge documents like the gateway", async () => {
    const organizations = url("organizations");
    expectRefused(
      await post(organizations, aliases(6000, ORGANIZATION_ALIAS)),
      "MAX_TOKENS_EXCEEDED",
      LIMIT_DEFAULTS.maxTokens,
      COUNTED_TOKENS,
    );
    expectRefused(
      await post(url("regions"), aliases(40, CHEAP_ALIAS)),
      "MAX_ALIASES_EXCEEDED",
      LIMIT_DEFAULTS.maxAliases,
      40,
    );
    const directives = `{ region(code: "RU-TYU") { ${"... @skip(if: false) { code } ".repeat(30)} } }`;
    expectRefused(await post(url("regions"), directives), "MAX_DIRECTIVES_EXCEEDED", 20, 30);
    const huge = `{ ${"__typename ".repeat(50_000)}}`;
    expectRefused(await post(url("events"), huge), "MAX_TOKENS_EXCEEDED", 2000, COUNTED_TOKENS);
  });

  it("prices _entities by its number of representations", async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Region { events(first: 100) { totalCount } } } }`;
    const many = Array.from({ length: 5000 }, () => ({ __typename: "Region", code: "RU-TYU" }));
    // 1 + 5,000 representations × (events 1 + 100 × totalCount 1)
    expectRefused(
      await post(url("events"), query, { representations: many }),
      "MAX_COST_EXCEEDED",
      LIMIT_DEFAULTS.maxCost,
      505_001,
    );
    // All 83 regions at once, as the gateway sends them for a dashboard, stay well under it.
    const all = Array.from({ length: 83 }, () => ({ __typename: "Region", code: "RU-TYU" }));
    const answer = await post(url("events"), query, { representations: all });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});

describe("the processes as `npm start` runs them", () => {
  it("a subgraph process reads its limits from LIMIT_* variables", async () => {
    const url = limitedSubgraph;
    expectRefused(await post(url, aliases(6, CHEAP_ALIAS)), "MAX_ALIASES_EXCEEDED", 5, 6);
    const five = await post(url, aliases(5, CHEAP_ALIAS));
    expect(five.status).toBe(200);
    expect(five.body.errors).toBeUndefined();
  });

  it("reads its limits from LIMIT_* variables and hides suggestions in production", async () => {
    const url = productionGateway;
    expectRefused(await post(url, aliases(6, CHEAP_ALIAS)), "MAX_ALIASES_EXCEEDED", 5, 6);
    const typo = await post(url, "{ regionz { code } }");
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0].message).not.toMatch(/Did you mean/);
    const development = await post(stack.gateway.url, "{ regionz { code } }");
    expect(development.body.errors?.[0].message).toMatch(/Did you mean/);
  });

  it("answers /health and a small query while the heaviest requests are in flight", async () => {
    const url = processGateway;
    // The heaviest accepted request: the deepest nest of regions the cost limit lets through
    // (33,201) with more regions beside it, over 35,000 of the 50,000 (about 13,000 region
    // objects, 300 kB); the heaviest refused: the 6,000 aliases (0.6 MB).
    const accepted = `{ a: ${nestedRegions(3).slice(1, -1)} b: ${nestedRegions(2).slice(1, -1)} }`;
    expect(measureOperation(apiSchema, accepted, settings).cost).toBeGreaterThan(35_000);
    // Another client's small query, for a subgraph the heavy request does not use. The subgraphs
    // share this test's process; the gateway is its own process, as under `npm start`: what is
    // shown is that it answers both while it holds the heaviest requests. How fast is measured
    // by `npm run abuse` on the supervised stack, every subgraph in its own process.
    const small = '{ organization(id: "org-rc-kurgan") { name } }';
    await post(url, accepted);
    await post(url, small);

    const inFlight = [post(url, accepted), post(url, aliases(6000, ORGANIZATION_ALIAS))];
    // The times are figures of `npm run abuse`; here: both are answered while the others run.
    const health = await fetch(url.replace("/graphql", "/health"));
    const answer = await post(url, small);
    const [heavy, refused] = await Promise.all(inFlight);

    expect(health.status).toBe(200);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ organization: { name: expect.any(String) } });
    expect(heavy.status).toBe(200);
    expect(heavy.body.errors).toBeUndefined();
    expect(refused.status).toBe(400);
  });
});
