import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as resultShaping from "@apollo/gateway/dist/resultShaping";
import { buildSchema, Supergraph, type Schema } from "@apollo/federation-internals";
import { loadGatewayConfig } from "../gateway/config";
import { compiledComputeResponse, type ComputeResponse } from "../gateway/result-shaping";
import { apolloComputeResponse, useResultShaping } from "../gateway/shaping-switch";
import { HEAVY_QUERY } from "../tools/bench/heavy";
import type { GraphQLResponse } from "./support/graphql";
import { inputFor, operationOf, seeded, shapeWith } from "./support/shaping";
import { startStack, type TestStack } from "./support/stack";

const root = join(__dirname, "..");
const apiSchema = Supergraph.build(
  readFileSync(join(root, "schema", "supergraph.graphql"), "utf8"),
).apiSchema();
const apollo = apolloComputeResponse()!;
let fallbacks = 0;
const compiled: ComputeResponse = compiledComputeResponse((args) => {
  fallbacks++;
  return apollo(args);
});

/** The supergraph has no interface or union: a schema of its own for abstract types. */
const abstractSchema = buildSchema(`
  type Query { things: [Thing!]! thing(id: ID): Thing search: [Result] node: Node! grid: [[Int!]]! }
  interface Node { id: ID! }
  interface Thing implements Node { id: ID! name: String }
  type Book implements Thing & Node { id: ID! name: String pages: Int! tags: [[String!]] }
  type Film implements Thing & Node { id: ID! name: String minutes: Float kind: Kind! }
  union Result = Book | Film
  enum Kind { SHORT FEATURE }
`);

interface Case {
  name: string;
  schema: Schema;
  query: string;
  variables: Record<string, unknown>[];
}

const supergraphCases: Case[] = [
  ...readdirSync(join(root, "schema", "operations")).map((file) => ({
    name: file,
    schema: apiSchema,
    query: readFileSync(join(root, "schema", "operations", file), "utf8"),
    variables: [{}],
  })),
  { name: "the heavy page", schema: apiSchema, query: HEAVY_QUERY, variables: [{}] },
  {
    name: "aliases, __typename, fragments twice, @skip/@include with variables and defaults",
    schema: apiSchema,
    query: `query Page($withRegion: Boolean!, $noEvents: Boolean = false, $district: ID = "URAL") {
      page: organizations(first: 2) {
        totalCount
        edges { node { kind: __typename id orgName: name ...Where @include(if: $withRegion)
          region @skip(if: $noEvents) { code __typename } events(first: 1) @skip(if: $noEvents) { totalCount } } }
        ... on OrganizationConnection { edges { node { name focusAreas region { name } } } }
      }
      typename: __typename
      __typename
      federalDistrict(code: $district) { name __typename regions @include(if: true) { code } }
      regions @skip(if: true) { code }
    }
    fragment Where on Organization { region { name federalDistrict { code name } } }`,
    variables: [
      { withRegion: true },
      { withRegion: false, noEvents: true },
      { withRegion: true, noEvents: false, district: "SIBERIA" },
    ],
  },
  {
    name: "introspection beside data",
    schema: apiSchema,
    query: `{ __schema { queryType { name } } regions { code } t: __type(name: "Region") { name } }`,
    variables: [{}],
  },
];

const abstractCases: Case[] = [
  {
    name: "fragments on an interface and a union, nested and named",
    schema: abstractSchema,
    query: `query Things($long: Boolean!) {
      things { __typename id ... on Book { pages tags } ... on Film { minutes kind } ...Named }
      search { resultKind: __typename ... on Thing { id } ... on Book { t: __typename name } ... on Film { name kind @include(if: $long) } }
      node { nodeKind: __typename id ... on Thing { thingKind: __typename ... on Book { pages } ... on Node { id } } }
      thing(id: "x") { ...Named ... on Film { name minutes } }
      grid
    }
    fragment Named on Thing { name }`,
    variables: [{ long: true }, { long: false }],
  },
];

describe("the compiled result shaping, side by side with @apollo/gateway's", () => {
  it.each([...supergraphCases, ...abstractCases].map((c) => [c.name, c] as const))(
    "gives the same data, key order and errors: %s",
    (_name, { schema, query, variables }) => {
      const operation = operationOf(schema, query);
      let damagedAnswers = 0;
      for (const vars of variables) {
        for (let seed = 1; seed <= 60; seed++) {
          const input = inputFor(operation, seeded(seed), seed <= 10 ? 0 : 0.08);
          const expected = shapeWith(apollo, operation, input, vars);
          expect(shapeWith(compiled, operation, input, vars)).toEqual(expected);
          if (expected.errors?.length) damagedAnswers++;
        }
      }
      // The damage reached the shaping: errors were reported and compared.
      expect(damagedAnswers).toBeGreaterThan(0);
    },
  );

  it("shapes undamaged results itself, never through the original", () => {
    fallbacks = 0;
    for (const { schema, query, variables } of [...supergraphCases, ...abstractCases]) {
      const operation = operationOf(schema, query);
      for (let seed = 1; seed <= 10; seed++)
        shapeWith(compiled, operation, inputFor(operation, seeded(seed), 0), variables[0]);
    }
    expect(fallbacks).toBe(0);
  });

  it("hands the original what it would refuse, a root of another type and prototype names", () => {
    const cases: [string, Record<string, unknown>, Record<string, unknown>?][] = [
      [`{ regions { code } }`, { regions: { code: "RU-TYU" } }],
      [`{ regions { code } }`, { regions: [{ __typename: null, code: "RU-TYU" }] }],
      [`{ __typename regions { code } }`, { __typename: "Mutation", regions: [] }],
      [`{ constructor: regions { toString: code } }`, { constructor: [{ toString: "RU-TYU" }] }],
      [`query ($a: Boolean) { regions @skip(if: $a) { code } }`, { regions: [] }, { a: "yes" }],
    ];
    for (const [query, input, variables] of cases) {
      const operation = operationOf(apiSchema, query);
      fallbacks = 0;
      const expected = shapeWith(apollo, operation, input, variables);
      expect(shapeWith(compiled, operation, input, variables)).toEqual(expected);
      expect(fallbacks).toBe(1);
    }
  });

  const lookup = operationOf(
    apiSchema,
    `{ organization(id: "a") { id name kind region { code name } } regions { code } }`,
  );
  const shapeBoth = (input: Record<string, unknown>) => {
    const expected = shapeWith(apollo, lookup, input);
    expect(shapeWith(compiled, lookup, input)).toEqual(expected);
    return { data: JSON.parse(expected.data!) as unknown, errors: expected.errors };
  };
  const organization = { id: "a", name: "Центр", kind: "NGO", region: { code: "RU-TYU" } };

  it("bubbles a null non-null field up to the nearest nullable parent", () => {
    const { data, errors } = shapeBoth({ organization: { ...organization, name: null } });
    expect(data).toEqual({ organization: null, regions: null });
    expect(errors).toEqual([
      {
        message: "Cannot return null for non-nullable field Organization.name.",
        path: ["organization", "name"],
        code: "INVALID_GRAPHQL",
      },
    ]);
  });

  it("nulls an invalid enum value and an unknown __typename, with their errors", () => {
    const bad = { ...organization, kind: "NOPE", region: { __typename: "Nope", code: "x" } };
    expect(shapeBoth({ organization: bad }).errors?.map((error) => error.message)).toEqual([
      "Invalid value found for field Organization.kind.",
    ]);
    const unknown = { ...organization, region: { __typename: "Nope", code: "x" } };
    const { data, errors } = shapeBoth({ organization: unknown, regions: [] });
    expect(data).toEqual({
      organization: { id: "a", name: "Центр", kind: "NGO", region: null },
      regions: [],
    });
    expect(errors?.[0].message).toBe(
      "Invalid __typename found for object at field Organization.region.",
    );
  });

  it("drops fields nobody selected and answers null for missing ones, in the selection's order", () => {
    const input = {
      regions: [{ extra: 1, code: "RU-TYU" }],
      organization: { extra: true, kind: "NGO", name: "Центр", id: "a" },
    };
    const { data } = shapeBoth(input);
    expect(JSON.stringify(data)).toBe(
      '{"organization":{"id":"a","name":"Центр","kind":"NGO","region":null},"regions":[{"code":"RU-TYU"}]}',
    );
  });
});

describe("the gateway's result shaping switch (GATEWAY_RESULT_SHAPING)", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    useResultShaping("compiled", () => {});
    await stack?.close();
  });

  it("reads compiled by default, apollo when set, and refuses anything else", () => {
    expect(loadGatewayConfig([], {}).resultShaping).toBe("compiled");
    expect(loadGatewayConfig([], { GATEWAY_RESULT_SHAPING: "apollo" }).resultShaping).toBe(
      "apollo",
    );
    expect(() => loadGatewayConfig([], { GATEWAY_RESULT_SHAPING: "fast" })).toThrow(
      'GATEWAY_RESULT_SHAPING must be apollo or compiled, got "fast"',
    );
  });

  it("replaces @apollo/gateway's computeResponse, and gives it back", () => {
    expect(useResultShaping("apollo", () => {})).toBe(true);
    expect(resultShaping.computeResponse).toBe(apollo);
    expect(useResultShaping("compiled", () => {})).toBe(true);
    expect(resultShaping.computeResponse).not.toBe(apollo);
    expect(apolloComputeResponse()).toBe(apollo);
  });

  it("answers the heavy page identically with apollo and compiled", async () => {
    const answers: string[] = [];
    for (const mode of ["apollo", "compiled", "apollo", "compiled"] as const) {
      useResultShaping(mode, () => {});
      const response = await fetch(stack.gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: HEAVY_QUERY, variables: { after: null } }),
      });
      answers.push(await response.text());
    }
    const page = JSON.parse(answers[0]) as GraphQLResponse;
    expect(page.errors).toBeUndefined();
    expect(page.data?.organizations.edges.length).toBeGreaterThan(0);
    expect(new Set(answers).size).toBe(1);
  });
});
