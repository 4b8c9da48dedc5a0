import { errorCodes, graphql } from "../support/graphql";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";

const TYUMEN = `{
  region(code: "RU-TYU") {
    name
    federalDistrict { code }
    organizationCount
    organizations(filter: { kinds: [RESOURCE_CENTRE] }) {
      edges { node { name level networks { name } parentCentre { level } } }
    }
    events(filter: { kinds: [CONFERENCE] }) {
      edges { node { title startsAt timezone organizers { name } municipality { name } } }
    }
    programmes { edges { node { title kind operator { name } regions { code } } } }
  }
}`;

describe("the federated graph through the gateway", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await sharedStack();
  });

  it("joins all four subgraphs: Tyumen, its resource centre, the November conference and its programmes", async () => {
    const response = await graphql(stack.gateway.url, TYUMEN);
    expect(response.errors).toBeUndefined();
    const region = response.data!.region;
    expect(region.name).toBe("Тюменская область");
    expect(region.federalDistrict.code).toBe("URAL");
    const centre = region.organizations.edges[0].node;
    expect(centre.level).toBe("REGIONAL");
    expect(centre.networks.map((n: { name: string }) => n.name)).toContain(
      "Уральская сеть ресурсных центров для НКО",
    );
    const conference = region.events.edges[0].node;
    expect(conference.title).toContain("Уральская сеть ресурсных центров");
    expect(conference.startsAt).toMatch(/-11-16T/);
    expect(conference.municipality.name).toBe("Тюмень");
    expect(conference.organizers.length).toBeGreaterThan(0);
    const programme = region.programmes.edges
      .map((e: { node: { kind: string } }) => e.node)
      .find((p: { kind: string }) => p.kind === "RESOURCE_CENTRE_NETWORK");
    expect(programme.regions.map((r: { code: string }) => r.code).sort()).toEqual([
      "RU-CHE",
      "RU-KGN",
      "RU-KHM",
      "RU-SVE",
      "RU-TYU",
    ]);
  });

  it("resolves an organisation's events, programmes and awards from the other subgraphs", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          organization(id: "org-rc-ural-interregional") {
            name
            events {
              totalCount
              edges {
                node {
                  title
                }
              }
            }
            programmesOperated {
              title
            }
            awardsReceived {
              id
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const organization = response.data!.organization;
    expect(organization.events.totalCount).toBeGreaterThan(0);
    expect(
      organization.programmesOperated.map((p: { title: string }) => p.title).join(" "),
    ).toContain("Уральская сеть");
    expect(organization.awardsReceived).toEqual([]);
  });

  it("keeps the Nizhny Novgorod social-contract figures exact, with their qualifiers", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          programmes(filter: { kinds: [SOCIAL_CONTRACT], regionCodes: ["RU-NIZ"] }) {
            edges {
              node {
                budget {
                  amount
                  currency
                  qualifier
                }
                outcomes {
                  value
                  unit
                  qualifier
                }
                operator {
                  name
                  region {
                    code
                  }
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const programme = response.data!.programmes.edges[0].node;
    expect(programme.budget).toEqual({ amount: "4000000000", currency: "RUB", qualifier: "ABOUT" });
    expect(programme.outcomes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: "36000", qualifier: "MORE_THAN" }),
        expect.objectContaining({ value: "100000", qualifier: "ALMOST" }),
      ]),
    );
    expect(programme.operator.region.code).toBe("RU-NIZ");
  });

  it("answers null, not an error, for unknown ids", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          organization(id: "nope") {
            id
          }
          event(id: "nope") {
            id
          }
          programme(id: "nope") {
            id
          }
          region(code: "RU-XXX") {
            code
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      organization: null,
      event: null,
      programme: null,
      region: null,
    });
  });

  it("rejects a page size out of range with BAD_USER_INPUT naming first", async () => {
    const response = await graphql(
      stack.gateway.url,
      `
        {
          organizations(first: 101) {
            totalCount
          }
        }
      `,
    );
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain('"first"');
    expect(response.errors![0].message).toContain("101");
  });

  it("serves GET /health with 200 once the supergraph is loaded", async () => {
    const response = await fetch(stack.gateway.url.replace("/graphql", "/health"));
    expect(response.status).toBe(200);
  });
});
