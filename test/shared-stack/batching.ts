import { graphql } from "../support/graphql";
import { backends } from "../support/backends";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";

/** A dashboard query over regions with fields from every subgraph. */
const DASHBOARD = `query($district: ID) {
  regions(federalDistrict: $district) {
    code name federalDistrict { code } municipalities { name }
    organizationCount
    organizations(first: 5) { totalCount edges { node { name networks { name } parentCentre { name } } } }
    eventCount
    events(first: 5) { totalCount edges { node { title organizers { name } sessions { title } } } }
    programmes(first: 5) { totalCount edges { node { title operator { name } partners { name } } } }
    fundingTotal { amount }
  }
}`;

/**
 * The most SQL statements each subgraph may run for DASHBOARD, whatever the number of regions:
 * organizations counts once for `organizationCount` and `organizations.totalCount` (one list
 * declaration, one count loader) and reads every region's page in one ranked statement, plus
 * networks, parent centres and the organisers' and operators' references.
 */
const DASHBOARD_CEILINGS: Record<string, number> = {
  regions: 3,
  organizations: 8,
  events: 4,
  programmes: 4,
};

describe.each(backends)("batching across the federated graph on %s", (_name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack(backend);
  });

  async function statementsFor(
    district: string | null,
  ): Promise<{ regions: number; counts: Record<string, number> }> {
    for (const subgraph of Object.values(stack.subgraphs)) subgraph.database.statements.reset();
    const response = await graphql(stack.gateway.url, DASHBOARD, { district });
    expect(response.errors).toBeUndefined();
    const counts = Object.fromEntries(
      Object.entries(stack.subgraphs).map(([name, subgraph]) => [
        name,
        subgraph.database.statements.count,
      ]),
    );
    return { regions: response.data!.regions.length, counts };
  }

  it("runs the same number of SQL statements per subgraph for 6 regions as for all 83", async () => {
    const ural = await statementsFor("URAL");
    const all = await statementsFor(null);
    expect(ural.regions).toBe(6);
    expect(all.regions).toBe(83);
    expect(all.counts).toEqual(ural.counts);
    // Ceilings, so a change that adds a statement to the dashboard shows here.
    for (const [name, ceiling] of Object.entries(DASHBOARD_CEILINGS))
      expect(all.counts[name]).toBeLessThanOrEqual(ceiling);
    if (process.env.PRINT_SQL) {
      for (const [name, subgraph] of Object.entries(stack.subgraphs))
        console.log(`${name}:\n${subgraph.database.statements.recent.join("\n")}`);
    }
    // Print the figures docs/developing.md quotes.
    console.log(`statements per subgraph (6 and 83 regions): ${JSON.stringify(all.counts)}`);
  });

  it("turns many entity references into one query per entity type", async () => {
    const organizations = stack.subgraphs.organizations.database.statements;
    organizations.reset();
    const response = await graphql(
      stack.gateway.url,
      `
        {
          events(first: 100) {
            edges {
              node {
                organizers {
                  name
                  kind
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(organizations.count).toBe(1);
  });
});
