import { relevanceScore } from "../subgraphs/shared/relevance";
import { foldWords } from "../subgraphs/shared/search";
import { backends } from "./support/backends";
import { errorCodes, graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { bearer } from "./support/subgraph";

/**
 * Search results ranked by relevance, through the gateway over the seeded data: the name that
 * matches the words best comes first, not the first in alphabetical order, and a page of ranked
 * results continues where the previous one stopped.
 */
jest.setTimeout(120_000);

const ORGANIZATIONS = `query($search: String, $first: Int, $after: String) {
  organizations(filter: { search: $search }, first: $first, after: $after) {
    totalCount edges { node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;
const EVENTS = `query($search: String) { events(filter: { search: $search }) { edges { node { title } } } }`;

/** Six namesakes, as the generated national data has them («Центр защиты животных Абинск»). */
const NAMESAKE = "АНО «Центр защиты животных Абинск»";

describe("the relevance score", () => {
  const score = (query: string, title: string, rest = "") =>
    relevanceScore(foldWords(query), title, rest);

  it("puts a title holding every word above one holding some", () => {
    expect(score("ресурсный центр", "Ресурсный центр НКО")).toBeGreaterThan(
      score("ресурсный центр", "Центр занятости", "ресурсный"),
    );
  });

  it("prefers the word in the description too, then the shorter title, then the earlier word", () => {
    expect(score("центр", "Ресурсный центр НКО", "ресурсный центр для НКО")).toBeGreaterThan(
      score("центр", "Центр защиты животных"),
    );
    expect(score("центр", "Центр НКО")).toBeGreaterThan(score("центр", "Центр защиты НКО"));
    expect(score("центр", "Центр защиты")).toBeGreaterThan(score("центр", "Защиты центр"));
  });
});

describe.each(backends)("search results ranked by relevance on %s", (_name, backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase());
    for (let i = 0; i < 6; i++) {
      const response = await graphql(
        stack.gateway.url,
        `
          mutation ($input: CreateOrganizationInput!) {
            createOrganization(input: $input) {
              id
            }
          }
        `,
        { input: { name: NAMESAKE, kind: "NGO", regionCode: "RU-KDA" } },
        bearer("coordinator", "coordinator"),
      );
      expect(response.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await stack?.close();
  });

  const names = async (search: string, first = 100, after?: string) => {
    const response = await graphql(stack.gateway.url, ORGANIZATIONS, { search, first, after });
    expect(response.errors).toBeUndefined();
    return response.data!.organizations as {
      totalCount: number;
      edges: { node: { id: string; name: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  it("lists «центр» by relevance, resource centres first, not six namesakes", async () => {
    const found = (await names("центр")).edges.map((edge) => edge.node.name);
    console.log(`«центр»: ${found.slice(0, 8).join(" | ")}`);
    const alphabetical = [...found].sort((a, b) => a.localeCompare(b, "ru"));
    expect(found).not.toEqual(alphabetical);
    expect(found.slice(0, 6)).not.toContain(NAMESAKE);
    expect(found[0]).toMatch(/ресурсн/i);
  });

  it("puts the name that holds every word first", async () => {
    const found = (await names("центр тюменской")).edges.map((edge) => edge.node.name);
    expect(found[0]).toBe("Ресурсный центр НКО Тюменской области");
  });

  it("ranks a record written a moment ago at once: a write clears the kept ranking", async () => {
    const before = await names("бармалеевский центр");
    expect(before.totalCount).toBe(0);
    const created = await graphql(
      stack.gateway.url,
      `
        mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            id
          }
        }
      `,
      { input: { name: "Бармалеевский центр", kind: "NGO", regionCode: "RU-TYU" } },
      bearer("coordinator", "coordinator"),
    );
    expect(created.errors).toBeUndefined();
    const after = await names("бармалеевский центр");
    expect(after.totalCount).toBe(1);
    expect(after.edges.map((edge) => edge.node.name)).toEqual(["Бармалеевский центр"]);
  });

  it("pages ranked results with their cursors, in the same order as one long page", async () => {
    const whole = (await names("центр")).edges.map((edge) => edge.node.id);
    expect(whole.length).toBeGreaterThan(8);
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await names("центр", 4, after);
      paged.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(paged).toEqual(whole);
  });

  it("refuses a ranked cursor in an unranked list and the other way round", async () => {
    const ranked = (await names("центр", 2)).pageInfo.endCursor;
    const plain = await graphql(
      stack.gateway.url,
      `
        query ($after: String) {
          organizations(first: 2, after: $after) {
            totalCount
          }
        }
      `,
      { after: ranked },
    );
    expect(errorCodes(plain)).toEqual(["BAD_USER_INPUT"]);
    const byName = (
      await graphql(
        stack.gateway.url,
        `
          {
            organizations(first: 2) {
              pageInfo {
                endCursor
              }
            }
          }
        `,
      )
    ).data!.organizations.pageInfo.endCursor;
    const search = await graphql(stack.gateway.url, ORGANIZATIONS, {
      search: "центр",
      first: 2,
      after: byName,
    });
    expect(errorCodes(search)).toEqual(["BAD_USER_INPUT"]);
  });

  it("ranks events by their titles too", async () => {
    const response = await graphql(stack.gateway.url, EVENTS, { search: "конференция" });
    expect(response.errors).toBeUndefined();
    const titles = response.data!.events.edges.map((edge: any) => edge.node.title as string);
    expect(titles[0]).toMatch(/конференция/i);
  });
});
