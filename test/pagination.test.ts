import { errorCodes, graphql, type GraphQLResponse } from "./support/graphql";
import { backends } from "./support/backends";
import { startStack, type TestStack } from "./support/stack";

const PAGE = `query($first: Int, $after: String) {
  organizations(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

describe.each(backends)("cursor connections on %s", (_name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase());
  });
  afterAll(() => stack.close());

  it("walks every organisation exactly once, page by page, by keyset", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const response: GraphQLResponse = await graphql(stack.gateway.url, PAGE, { first: 7, after });
      expect(response.errors).toBeUndefined();
      const connection: any = response.data!.organizations;
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(7);
  });

  it("defaults to 20 per page", async () => {
    const response = await graphql(stack.gateway.url, PAGE, {});
    expect(response.data!.organizations.edges.length).toBe(
      Math.min(20, response.data!.organizations.totalCount),
    );
  });

  it("rejects a cursor it did not issue with BAD_USER_INPUT naming after", async () => {
    const response = await graphql(stack.gateway.url, PAGE, { first: 5, after: "not-a-cursor" });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain('"after"');
  });

  it("refuses a cursor of one list given to another", async () => {
    const organizations = await graphql(stack.gateway.url, PAGE, { first: 1 });
    const cursor = organizations.data!.organizations.pageInfo.endCursor;
    const events = await graphql(
      stack.gateway.url,
      `
        query ($after: String) {
          events(after: $after) {
            totalCount
          }
        }
      `,
      { after: cursor },
    );
    expect(errorCodes(events)).toEqual(["BAD_USER_INPUT"]);
    expect(events.errors![0].message).toContain("another list");
  });

  it("rejects a negative page size", async () => {
    const response = await graphql(stack.gateway.url, PAGE, { first: -1 });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("pages a region's nested list the same way", async () => {
    const query = `query($after: String) { region(code: "RU-KHM") { organizations(first: 2, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await graphql(stack.gateway.url, query, {})).data!.region.organizations;
    expect(first.edges).toHaveLength(2);
    const second = (await graphql(stack.gateway.url, query, { after: first.pageInfo.endCursor }))
      .data!.region.organizations;
    const ids = [...first.edges, ...second.edges].map(
      (edge: { node: { id: string } }) => edge.node.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.totalCount).toBeGreaterThanOrEqual(ids.length);
  });

  it("filters events by a time window and rejects a window that ends before it starts", async () => {
    const query = `query($from: DateTime, $to: DateTime) { events(filter: { from: $from, to: $to }) { totalCount edges { node { startsAt } } } }`;
    const window = await graphql(stack.gateway.url, query, {
      from: "2022-06-01T00:00:00+03:00",
      to: "2022-06-30T23:59:59+03:00",
    });
    expect(window.errors).toBeUndefined();
    expect(window.data!.events.totalCount).toBeGreaterThan(0);
    for (const edge of window.data!.events.edges)
      expect(edge.node.startsAt.slice(0, 7)).toBe("2022-06");
    const backwards = await graphql(stack.gateway.url, query, {
      from: "2022-07-01T00:00:00Z",
      to: "2022-06-01T00:00:00Z",
    });
    expect(errorCodes(backwards)).toEqual(["BAD_USER_INPUT"]);
    const malformed = await graphql(stack.gateway.url, query, { from: "June 2022" });
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect(malformed.errors![0].message).toContain("June 2022");
    const literal = await graphql(
      stack.gateway.url,
      `
        {
          events(filter: { from: "June" }) {
            totalCount
          }
        }
      `,
    );
    expect(errorCodes(literal)).toEqual(["BAD_USER_INPUT"]);
  });
});
