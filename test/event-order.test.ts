import { backends } from "./support/backends";
import { errorCodes, graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";

/**
 * Events newest first (`order: NEWEST_FIRST`), where people look for recent things: the root
 * list, a region's and an organisation's, paged with their own cursors through the gateway.
 */
jest.setTimeout(120_000);

interface Page {
  edges: { node: { id: string; startsAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe.each(backends)("events newest first on %s", (_name, backend) => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase());
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** Every event of a list, read page by page (`first` at a time). */
  async function readAll(field: string, order: string, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await graphql(
        stack.gateway.url,
        `query($after: String) { ${field.replace("ARGS", `first: ${first}, after: $after, order: ${order}`)} }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      const page = Object.values(response.data!)[0] as Page & { events?: Page };
      const events = page.events ?? page;
      ids.push(...events.edges.map((edge) => edge.node.id));
      if (!events.pageInfo.hasNextPage) return ids;
      after = events.pageInfo.endCursor;
    }
  }

  const ROOT = "events(ARGS) { edges { node { id startsAt } } pageInfo { hasNextPage endCursor } }";
  const REGION = `region(code: "RU-MOW") { events(ARGS) { edges { node { id startsAt } } pageInfo { hasNextPage endCursor } } }`;
  const ORGANISER = `organization(id: "org-rc-tyumen") { events(ARGS) { edges { node { id startsAt } } pageInfo { hasNextPage endCursor } } }`;

  it("reads the root list newest first, page by page, as the oldest-first list reversed", async () => {
    const oldest = await readAll(ROOT, "OLDEST_FIRST", 100);
    expect(oldest.length).toBeGreaterThan(3);
    expect(await readAll(ROOT, "NEWEST_FIRST", 3)).toEqual([...oldest].reverse());
  });

  it("reads a region's and an organiser's events newest first", async () => {
    const region = await readAll(REGION, "OLDEST_FIRST", 100);
    expect(region.length).toBeGreaterThan(1);
    expect(await readAll(REGION, "NEWEST_FIRST", 1)).toEqual([...region].reverse());
    const organised = await readAll(ORGANISER, "OLDEST_FIRST", 100);
    expect(await readAll(ORGANISER, "NEWEST_FIRST", 1)).toEqual([...organised].reverse());
  });

  it("keeps the default order oldest first", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          events(first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    const ids = response.data!.events.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual(await readAll(ROOT, "OLDEST_FIRST", 100));
  });

  it("refuses a cursor of one order in the other with BAD_USER_INPUT", async () => {
    const first = await graphql(
      stack.gateway.url,
      `
        {
          events(first: 1, order: NEWEST_FIRST) {
            pageInfo {
              endCursor
            }
          }
        }
      `,
    );
    const cursor = first.data!.events.pageInfo.endCursor as string;
    const response = await graphql(
      stack.gateway.url,
      `
        query ($after: String) {
          events(first: 1, after: $after) {
            totalCount
          }
        }
      `,
      { after: cursor },
    );
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });
});
