import "reflect-metadata";
import { regions } from "../subgraphs/shared/geography";
import { PER_PARENT_LIMIT_MAX } from "../subgraphs/shared/list-reader";
import { generateNetwork } from "../tools/generate/network";
import { Plan } from "../tools/generate/plan";
import { silentProgress } from "../tools/generate/progress";
import { backends } from "./support/backends";
import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";

/**
 * Pages of a list by parent (`Region.events`, `Region.organizations`, `Region.programmes`)
 * are read with one `LIMIT` per parent up to PER_PARENT_LIMIT_MAX parents and with one window
 * over every parent's rows beyond it. Both must give each parent the page it gets alone, in
 * one statement per batch, over a country-shaped network where Moscow holds the most rows.
 */
const COUNTS = { organizations: 900, events: 1800, programmes: 160, awards: 0 };
const POOLS = { lastNames: ["Иванов", "Смирнова"], firstNames: ["Анна"], streets: ["ул. Мира"] };

const LISTS = [
  { subgraph: "organizations", field: "organizations", node: "id name" },
  { subgraph: "events", field: "events", node: "id startsAt" },
  { subgraph: "programmes", field: "programmes", node: "id title" },
] as const;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const pagesQuery = (field: string, node: string) => `
  query($reps: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $reps) {
      ... on Region {
        ${field}(first: $first, after: $after) {
          totalCount
          edges { cursor node { ${node} } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }`;

describe.each(backends)("pages of a list by parent (%s)", (_name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase());
    const source = (name: string) => stack.subgraphs[name].database.dataSource;
    await generateNetwork(
      new Plan(11, COUNTS),
      {
        organizations: source("organizations"),
        events: source("events"),
        programmes: source("programmes"),
      },
      silentProgress,
      POOLS,
    );
  }, 180_000);
  afterAll(() => stack?.close());

  /** The pages of `codes` in one `_entities` request, and the statements it ran. */
  async function pagesOf(
    list: (typeof LISTS)[number],
    codes: string[],
    first: number,
    after?: string,
  ): Promise<{ pages: Page[]; statements: number }> {
    const subgraph = stack.subgraphs[list.subgraph];
    subgraph.database.statements.reset();
    const reps = codes.map((code) => ({ __typename: "Region", code }));
    const { data, errors } = await graphql(subgraph.url, pagesQuery(list.field, list.node), {
      reps,
      first,
      after,
    });
    expect(errors).toBeUndefined();
    return {
      pages: data!._entities.map((entity: Record<string, Page>) => entity[list.field]),
      statements: subgraph.database.statements.count,
    };
  }

  const codes = regions.map((region) => region.code);

  it.each(LISTS)(
    "gives each region of a batch the page it gets alone, with a LIMIT per region and with the window ($field)",
    async (list) => {
      expect(codes.length).toBeGreaterThan(PER_PARENT_LIMIT_MAX);
      const few = ["RU-MOW", "RU-TYU", "RU-CHU", "RU-SVE", "RU-KGN"];
      const alone = await Promise.all(few.map((code) => pagesOf(list, [code], 4)));
      const batch = await pagesOf(list, few, 4);
      expect(batch.pages).toEqual(alone.map(({ pages }) => pages[0]));
      // Every region at once: past PER_PARENT_LIMIT_MAX, the window reads them.
      const all = await pagesOf(list, codes, 4);
      expect(all.pages.filter((_, i) => few.includes(codes[i]))).toEqual(
        codes.filter((code) => few.includes(code)).map((code) => batch.pages[few.indexOf(code)]),
      );
      // The busiest region has more than a page, so the cut is exercised.
      expect(batch.pages[0].totalCount).toBeGreaterThan(4);
      expect(batch.pages[0].edges).toHaveLength(4);
      expect(batch.pages[0].pageInfo.hasNextPage).toBe(true);
      // Totals (one statement) and the rows of every region's page (one more), in each case.
      for (const statements of [batch.statements, all.statements]) expect(statements).toBe(2);
    },
    60_000,
  );

  it.each(LISTS)(
    "walks a region's whole list page by page, each record once ($field)",
    async (list) => {
      const seen: string[] = [];
      let after: string | undefined;
      let total = 0;
      for (;;) {
        const { pages } = await pagesOf(list, ["RU-MOW", "RU-TYU"], 7, after);
        const [page] = pages;
        total = page.totalCount;
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
    },
    60_000,
  );

  it("counts a parent's total only when it is asked, once for the count field and totalCount", async () => {
    const events = stack.subgraphs.events;
    const reps = ["RU-MOW", "RU-TYU", "RU-CHU"].map((code) => ({ __typename: "Region", code }));
    const ask = async (fields: string) => {
      events.database.statements.reset();
      const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { ${fields} } } }`;
      const { data, errors } = await graphql(events.url, query, { reps });
      expect(errors).toBeUndefined();
      return { data: data!._entities, statements: events.database.statements.count };
    };
    const rowsOnly = await ask("events(first: 3) { edges { node { id } } }");
    expect(rowsOnly.statements).toBe(1);
    const counted = await ask("eventCount events(first: 3) { totalCount edges { node { id } } }");
    expect(counted.statements).toBe(2);
    for (const region of counted.data) {
      expect(region.events.totalCount).toBe(region.eventCount);
    }
    expect(counted.data[0].eventCount).toBeGreaterThan(counted.data[2].eventCount);
  });
});
