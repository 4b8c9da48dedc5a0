import { buildSearchText, foldWords } from "../../subgraphs/shared/search";
import { errorCodes, graphql } from "../support/graphql";
import { backends } from "../support/backends";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";

describe("Russian text folding", () => {
  it("folds case, ё and word endings so different forms of a word meet", () => {
    expect(foldWords("Конференция")).toEqual(foldWords("конференции"));
    expect(foldWords("ФОРУМ")).toEqual(foldWords("форума"));
    expect(foldWords("партнёрство")).toEqual(foldWords("партнерства"));
  });

  it("stores folded words with a space either side for prefix matching", () => {
    expect(buildSearchText("Социальное партнёрство")).toBe(" социальн партнерств ");
  });
});

describe.each(backends)("search through the gateway on %s", (_name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack(backend);
  });

  const titles = async (query: string, search: string): Promise<string[]> => {
    const response = await graphql(stack.gateway.url, query, { search });
    expect(response.errors).toBeUndefined();
    const connection = Object.values(response.data!)[0] as {
      edges: { node: { title?: string; name?: string } }[];
    };
    return connection.edges.map((edge) => edge.node.title ?? edge.node.name ?? "");
  };
  const EVENTS = `query($search: String) { events(filter: { search: $search }) { edges { node { title } } } }`;
  const ORGANIZATIONS = `query($search: String) { organizations(filter: { search: $search }) { edges { node { name } } } }`;
  const PROGRAMMES = `query($search: String) { programmes(filter: { search: $search }) { edges { node { title } } } }`;

  it("finds a title in the genitive from a nominative query, in any case", async () => {
    const found = await titles(EVENTS, "ФОРУМ ИННОВАЦИИ");
    expect(found.some((title) => title.includes("форум социальных инноваций"))).toBe(true);
  });

  it("reads ё and е alike", async () => {
    expect(await titles(EVENTS, "партнерство")).toEqual(await titles(EVENTS, "партнёрство"));
    expect((await titles(EVENTS, "партнерство")).length).toBeGreaterThan(0);
  });

  it("finds organisations and programmes by another form of a word", async () => {
    expect((await titles(ORGANIZATIONS, "ресурсный центр")).length).toBeGreaterThanOrEqual(5);
    expect((await titles(PROGRAMMES, "социальный контракт")).length).toBeGreaterThan(0);
  });

  it("rejects a search with no letters or digits as BAD_USER_INPUT", async () => {
    const response = await graphql(stack.gateway.url, EVENTS, { search: "!!!" });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("refuses a search over 200 characters before any folding, quoting only its start", async () => {
    const events = stack.subgraphs.events.database.statements;
    events.reset();
    // A 900 KB word to stem: as large as a request body may be (MAX_BODY_BYTES, 1 MiB). One
    // word, since a search of more than 8 is refused by its words first (search-cost.test.ts).
    const huge = "forum".repeat(180_000);
    const started = Date.now();
    const response = await graphql(stack.gateway.url, EVENTS, { search: huge });
    console.log(`a 900 KB search was refused in ${Date.now() - started} ms`);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].extensions!.argumentName).toBe("filter.search");
    expect(response.errors![0].message).toContain("200 characters");
    expect(response.errors![0].message.length).toBeLessThan(400);
    expect(events.count).toBe(0);
    // 200 characters in eight words (the most a search may have; see search-cost.test.ts).
    const longest = await graphql(stack.gateway.url, EVENTS, {
      search: `${"форум".repeat(24)} ${"форум ".repeat(7).trim()}`.padEnd(200, " "),
    });
    expect(longest.errors).toBeUndefined();
  });

  it("refuses more than 100 items in any list of a filter, naming the list", async () => {
    const codes = Array.from({ length: 101 }, () => "RU-TYU");
    const kinds = Array.from({ length: 101 }, () => "FORUM");
    for (const [query, variables, argument] of [
      [
        `query($codes: [ID!]) { organizations(filter: { regionCodes: $codes }) { totalCount } }`,
        { codes },
        "filter.regionCodes",
      ],
      [
        `query($kinds: [EventKind!]) { events(filter: { kinds: $kinds }) { totalCount } }`,
        { kinds },
        "filter.kinds",
      ],
      [
        `query($codes: [ID!]) { programmes(filter: { regionCodes: $codes }) { totalCount } }`,
        { codes },
        "filter.regionCodes",
      ],
    ] as const) {
      const response = await graphql(stack.gateway.url, query, variables);
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.argumentName).toBe(argument);
      expect(response.errors![0].message).toContain("At most 100");
    }
    const hundred = await graphql(
      stack.gateway.url,
      `
        query ($codes: [ID!]) {
          organizations(filter: { regionCodes: $codes }) {
            totalCount
          }
        }
      `,
      { codes: codes.slice(1) },
    );
    expect(hundred.errors).toBeUndefined();
  });
});
