import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { countUpTo } from "../subgraphs/shared/count-cache";
import { loadLimitSettings } from "../subgraphs/shared/limits";
import { measureOperation } from "../subgraphs/shared/limits/measure";
import { SEARCH_TERM_COST } from "../subgraphs/shared/search-terms";
import { ORGANIZATIONS } from "../subgraphs/organizations/queries";
import { backends } from "./support/backends";
import { errorCodes, graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";

const apiSchema = Supergraph.build(
  readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8"),
)
  .apiSchema()
  .toGraphQLJSSchema();

const EVENTS = `query($search: String) { events(first: 20, filter: { search: $search }) { totalCount totalCountExact edges { node { title } } } }`;
const ORGANIZATION_NAMES = `query($search: String) { organizations(first: 50, filter: { search: $search }) { totalCount totalCountExact edges { node { name } } } }`;

const settings = loadLimitSettings({});
const MAX_SEARCH_TERMS = settings.maxSearchTerms;
const NINETY_NINE_WORDS = Array.from({ length: 99 }, () => "п").join(" ");

describe("the cost estimate of a search", () => {
  const costOf = (search: string) => measureOperation(apiSchema, EVENTS, settings, { search }).cost;

  it("grows by SEARCH_TERM_COST with every word", () => {
    expect(costOf("форум инноваций") - costOf("форум")).toBe(SEARCH_TERM_COST);
    expect(costOf("а б в г д") - costOf("форум")).toBe(4 * SEARCH_TERM_COST);
  });

  it("refuses more words than LIMIT_MAX_SEARCH_TERMS with the limit and the count", () => {
    expect(MAX_SEARCH_TERMS).toBe(8);
    expect(() => costOf(NINETY_NINE_WORDS)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: "MAX_SEARCH_TERMS_EXCEEDED",
          limit: 8,
          measured: 99,
        }),
      }),
    );
    expect(loadLimitSettings({ LIMIT_MAX_SEARCH_TERMS: "3" }).maxSearchTerms).toBe(3);
    expect(() => loadLimitSettings({ LIMIT_MAX_SEARCH_TERMS: "-1" })).toThrow(
      /LIMIT_MAX_SEARCH_TERMS.*"-1"/,
    );
  });
});

describe.each(backends)("search work on %s", (_name, backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase());
  });

  afterAll(async () => {
    await stack?.close();
  });

  it("refuses a 99-word search before planning, at the gateway and at the subgraph alike", async () => {
    const statements = stack.subgraphs.events.database.statements;
    statements.reset();
    for (const url of [stack.gateway.url, stack.subgraphs.events.url]) {
      const response = await graphql(url, EVENTS, { search: NINETY_NINE_WORDS });
      expect(errorCodes(response)).toEqual(["MAX_SEARCH_TERMS_EXCEEDED"]);
      expect(response.errors![0].extensions).toMatchObject({ limit: 8, measured: 99 });
      expect(response.errors![0].message).toBe(
        "Operation refused: its number of words in a search is 99, over the limit of 8.",
      );
    }
    expect(statements.count).toBe(0);
  });

  it(`answers a search of ${MAX_SEARCH_TERMS} words`, async () => {
    const words = Array.from({ length: MAX_SEARCH_TERMS }, () => "форум").join(" ");
    const response = await graphql(stack.gateway.url, EVENTS, { search: words });
    expect(response.errors).toBeUndefined();
    expect(response.data!.events.totalCount).toBeGreaterThan(0);
    expect(response.data!.events.totalCountExact).toBe(true);
  });

  it("matches a word shorter than three letters whole, a longer one as a prefix", async () => {
    const names = async (search: string): Promise<string[]> => {
      const response = await graphql(stack.gateway.url, ORGANIZATION_NAMES, { search });
      expect(response.errors).toBeUndefined();
      return response.data!.organizations.edges.map((edge: any) => edge.node.name);
    };
    expect((await names("тюм")).some((name) => /Тюмен/.test(name))).toBe(true);
    expect(await names("тю")).toEqual([]);
  });

  it("counts a search up to a cap and says when the count is a lower bound", async () => {
    const { dataSource } = stack.subgraphs.organizations.database;
    const query = () => ORGANIZATIONS.query(dataSource, { search: "центр" }, "count");
    const exact = await query().getCount();
    expect(exact).toBeGreaterThan(3);
    expect(await countUpTo(query(), 3)).toEqual({ count: 3, exact: false });
    expect(await countUpTo(query(), exact)).toEqual({ count: exact, exact: true });
    expect(await countUpTo(query(), null)).toEqual({ count: exact, exact: true });
  });
});
