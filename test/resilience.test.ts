import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";

describe("a subgraph that is down", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
    await stack.subgraphs.events.close();
  });
  afterAll(() => stack.close());

  it("costs only its own fields: the rest of a joined query is answered", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          regions(federalDistrict: "URAL") {
            code
            name
            organizationCount
            eventCount
          }
        }
      `,
    );
    expect(response.data!.regions).toHaveLength(6);
    const tyumen = response.data!.regions.find((r: { code: string }) => r.code === "RU-TYU");
    expect(tyumen).toMatchObject({ name: "Тюменская область", eventCount: null });
    expect(tyumen.organizationCount).toBeGreaterThan(0);
  });

  it("answers the other root fields and names the missing subgraph in the error", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          networks {
            name
          }
          events {
            totalCount
          }
        }
      `,
    );
    expect(response.data!.networks.length).toBe(1);
    expect(response.data!.events).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].message).toContain('"events"');
    expect(response.errors![0].extensions).toMatchObject({
      code: "SUBGRAPH_UNAVAILABLE",
      serviceName: "events",
    });
  });
});
