import { EventOrganizer } from "../../subgraphs/events/entities/event-organizer.entity";
import { applyAfter, type Keyset } from "../../subgraphs/shared/keyset";
import { errorCodes, graphql, type GraphQLResponse } from "../support/graphql";
import { backends } from "../support/backends";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";

const PAGE = `query($first: Int, $after: String) {
  organizations(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

/** A cursor built by hand from its JSON text, as an attacker would. */
const forged = (json: string) => Buffer.from(json, "utf8").toString("base64url");

describe.each(backends)("cursor connections on %s", (_name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack(backend);
  });

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

  it.each([
    ["organizations", "RU-KHM", "organizations", "id"],
    ["events", "RU-MUR", "events", "id"],
    ["programmes", "RU-KHM", "programmes", "id"],
  ])(
    "reads a region's nested %s page as the root list filtered by that region, cursors included",
    async (list, code) => {
      const fields = `totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }`;
      const read = async (after: string | null) => {
        const response = await graphql(
          stack.gateway.url,
          `query($after: String) {
            region(code: "${code}") { ${list}(first: 1, after: $after) { ${fields} } }
            ${list}(filter: { regionCodes: ["${code}"] }, first: 1, after: $after) { ${fields} }
          }`,
          { after },
        );
        expect(response.errors).toBeUndefined();
        return response.data!;
      };
      const first = await read(null);
      expect(first.region[list]).toEqual(first[list]);
      expect(first[list].edges).toHaveLength(1);
      expect(first[list].pageInfo.hasNextPage).toBe(true);
      const second = await read(first[list].pageInfo.endCursor);
      expect(second.region[list]).toEqual(second[list]);
    },
  );

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

  describe("a forged cursor", () => {
    const refusedBeforeSql = async (after: string) => {
      const organizations = stack.subgraphs.organizations.database.statements;
      organizations.reset();
      const response = await graphql(stack.gateway.url, PAGE, { first: 5, after });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.argumentName).toBe("after");
      expect(response.errors![0].message).toContain('"after"');
      expect(response.errors![0].message).not.toMatch(/SQLITE|no such column|syntax/i);
      expect(organizations.count).toBe(0);
      return response.errors![0].message;
    };

    it("with a non-finite sort value (1e999) is BAD_USER_INPUT naming after, never a database error", async () => {
      await refusedBeforeSql(forged('["organization.name",1e999,"org-x"]'));
    });

    it("with a number where the list sorts by text is BAD_USER_INPUT naming after", async () => {
      const message = await refusedBeforeSql(forged('["organization.name",42,"org-x"]'));
      expect(message).toContain("not a string");
    });

    it("of absurd length is refused without being echoed whole", async () => {
      const long = forged(JSON.stringify(["organization.name", "я".repeat(20_000), "org-x"]));
      const message = await refusedBeforeSql(long);
      expect(message.length).toBeLessThan(400);
    });

    it("given to a nested list is refused for that field alone", async () => {
      const response = await graphql(
        stack.gateway.url,
        `
          query ($after: String) {
            region(code: "RU-TYU") {
              name
              organizations(after: $after) {
                totalCount
              }
            }
          }
        `,
        { after: forged('["organization.name",1e999,"org-x"]') },
      );
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].message).toContain('"after"');
      expect(response.data!.region).toEqual({ name: "Тюменская область", organizations: null });
    });
  });

  it("rejects a page size above 100 with BAD_USER_INPUT naming first", async () => {
    const response = await graphql(stack.gateway.url, PAGE, { first: 101 });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain('"first"');
  });

  it("answers the good aliases of a batch in which one alias is bad", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        query ($after: String) {
          regions(federalDistrict: "URAL") {
            code
            good: organizations(first: 2) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
            badCursor: organizations(first: 2, after: $after) {
              totalCount
            }
            badFilter: organizations(filter: { regionCodes: ["Tyumen"] }) {
              totalCount
            }
            events(first: 1) {
              totalCount
            }
            badSearch: events(filter: { search: "!!!" }) {
              totalCount
            }
          }
        }
      `,
      { after: "not-a-cursor" },
    );
    const regions = response.data!.regions as Record<string, any>[];
    expect(regions).toHaveLength(6);
    const tyumen = regions.find((region) => region.code === "RU-TYU")!;
    expect(tyumen.good.totalCount).toBeGreaterThan(0);
    expect(tyumen.good.edges.length).toBeGreaterThan(0);
    expect(tyumen.events.totalCount).toBeGreaterThan(0);
    for (const region of regions) {
      expect(region.good).not.toBeNull();
      expect(region.events).not.toBeNull();
      expect(region.badCursor).toBeNull();
      expect(region.badFilter).toBeNull();
      expect(region.badSearch).toBeNull();
    }
    expect(new Set(errorCodes(response))).toEqual(new Set(["BAD_USER_INPUT"]));
    const named = new Set(response.errors!.map((error) => error.extensions!.argumentName));
    expect(named).toEqual(new Set(["after", "filter.regionCodes", "filter.search"]));
  });

  it("binds cursor values as SQL parameters, numbers included, never as SQL text", async () => {
    // TypeORM's SQLite driver writes a number parameter into the SQL text; the keyset binds text.
    const { dataSource } = stack.subgraphs.events.database;
    const escape = (name: string) => dataSource.driver.escape(name);
    const keyset: Keyset<EventOrganizer> = {
      list: "link.position",
      column: `${escape("link")}.${escape("position")}`,
      id: `${escape("link")}.${escape("eventId")}`,
      type: "integer",
      valueOf: (link) => link.position,
    };
    const qb = applyAfter(
      dataSource.getRepository(EventOrganizer).createQueryBuilder("link"),
      keyset,
      { list: "link.position", value: 987654, id: "" },
    );
    const [sql, parameters] = qb.getQueryAndParameters();
    expect(sql).not.toContain("987654");
    expect(parameters).toContain("987654");
    // Bound as text, the value still compares as a number on both databases.
    const after = await applyAfter(
      dataSource.getRepository(EventOrganizer).createQueryBuilder("link"),
      keyset,
      { list: "link.position", value: 1, id: "\uffff" },
    ).getMany();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((link) => link.position >= 1)).toBe(true);
    expect(() =>
      applyAfter(dataSource.getRepository(EventOrganizer).createQueryBuilder("link"), keyset, {
        list: "link.position",
        value: "1e999",
        id: "",
      }),
    ).toThrow(/"after".*not an integer/);
  });
});
