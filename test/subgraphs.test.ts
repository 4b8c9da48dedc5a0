import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eventsSubgraph } from "../subgraphs/events/server";
import { organizationsSubgraph } from "../subgraphs/organizations/server";
import { programmesSubgraph } from "../subgraphs/programmes/server";
import { startSubgraph, type RunningSubgraph } from "../subgraphs/shared/subgraph";
import { errorCodes, graphql } from "./support/graphql";
import { startTestSubgraph, testSubgraphAuth } from "./support/subgraph";

/** An `_entities` query selecting `fields` on `type`, as the gateway sends it. */
const entities = (type: string, fields: string) =>
  `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${type} { ${fields} } } }`;

describe("organizations subgraph, called directly", () => {
  let organizations: RunningSubgraph;
  beforeAll(async () => {
    organizations = await startTestSubgraph(organizationsSubgraph);
  });
  afterAll(() => organizations.close());

  it("resolves many Organization references in one SQL statement, null for unknown ids", async () => {
    organizations.database.statements.reset();
    const reps = ["org-rc-tyumen", "org-rc-kurgan", "nope", "org-rc-yugra"].map((id) => ({
      __typename: "Organization",
      id,
    }));
    const { data } = await graphql(organizations.url, entities("Organization", "id name"), {
      reps,
    });
    expect(data!._entities.map((e: { id?: string } | null) => e?.id ?? null)).toEqual([
      "org-rc-tyumen",
      "org-rc-kurgan",
      null,
      "org-rc-yugra",
    ]);
    expect(organizations.database.statements.count).toBe(1);
  });

  it("filters by kind, district and search together", async () => {
    const { data } = await graphql(
      organizations.url,
      `
        {
          organizations(
            filter: { kinds: [RESOURCE_CENTRE], federalDistrict: "URAL", search: "тюменской" }
          ) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    expect(data!.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      "org-rc-tyumen",
    ]);
  });

  it("rejects a malformed region code in a filter with BAD_USER_INPUT naming the field", async () => {
    const response = await graphql(
      organizations.url,
      `
        {
          organizations(filter: { regionCodes: ["Tyumen"] }) {
            totalCount
          }
        }
      `,
    );
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain("filter.regionCodes");
    expect(response.errors![0].message).toContain("Tyumen");
  });
});

describe("events subgraph, called directly", () => {
  let events: RunningSubgraph;
  beforeAll(async () => {
    events = await startTestSubgraph(eventsSubgraph);
  });
  afterAll(() => events.close());

  it("resolves Event references in one statement", async () => {
    events.database.statements.reset();
    const reps = ["event-vii-mmdn", "event-forum-social-task-solutions-2022"].map((id) => ({
      __typename: "Event",
      id,
    }));
    const { data } = await graphql(events.url, entities("Event", "id title"), { reps });
    expect(data!._entities.map((e: { title: string }) => e.title)).toEqual([
      "VII ММДН",
      "Форум решений социальных задач",
    ]);
    expect(events.database.statements.count).toBe(1);
  });

  it("lists an organiser's events through the organizerId filter", async () => {
    const { data } = await graphql(
      events.url,
      `
        {
          events(filter: { organizerId: "org-agency-strategic-initiatives" }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    expect(data!.events.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      "event-forum-social-task-solutions-2022",
    );
  });
});

describe("programmes subgraph, called directly", () => {
  let programmes: RunningSubgraph;
  beforeAll(async () => {
    programmes = await startTestSubgraph(programmesSubgraph);
  });
  afterAll(() => programmes.close());

  it("resolves SupportProgramme references in one statement", async () => {
    programmes.database.statements.reset();
    const reps = ["programme-niz-social-contracts", "programme-ural-rc-network"].map((id) => ({
      __typename: "SupportProgramme",
      id,
    }));
    const { data } = await graphql(programmes.url, entities("SupportProgramme", "id title"), {
      reps,
    });
    expect(data!._entities).toHaveLength(2);
    expect(programmes.database.statements.count).toBe(1);
  });

  it("sums a region's programme budgets exactly", async () => {
    const { data } = await graphql(
      programmes.url,
      `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Region {
              fundingTotal {
                amount
                currency
                qualifier
              }
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "Region", code: "RU-NIZ" },
          { __typename: "Region", code: "RU-MUR" },
        ],
      },
    );
    expect(data!._entities).toEqual([
      { fundingTotal: { amount: "4000000000", currency: "RUB", qualifier: "ABOUT" } },
      { fundingTotal: { amount: "60000000", currency: "RUB", qualifier: "MORE_THAN" } },
    ]);
  });

  it("answers null, not an exact zero, for a region whose funding is unknown", async () => {
    const { data, errors } = await graphql(
      programmes.url,
      `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Region {
              fundingTotal {
                amount
                qualifier
              }
            }
          }
        }
      `,
      {
        // Yamal has no programme in the sources; Tyumen's programme states no budget.
        reps: [
          { __typename: "Region", code: "RU-YAN" },
          { __typename: "Region", code: "RU-TYU" },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([{ fundingTotal: null }, { fundingTotal: null }]);
  });
});

describe("seeding", () => {
  it("loads seed data once: a restart on the same SQLite file adds nothing", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ngo-graph-")), "organizations.sqlite");
    const config = {
      name: "organizations",
      host: "127.0.0.1",
      port: 0,
      seed: true,
      database: { sqlitePath: file, schema: "organizations", logSql: false },
      auth: testSubgraphAuth("organizations"),
      organizationsUrl: "http://127.0.0.1:9/graphql",
    };
    const count = async () => {
      const running = await startSubgraph(organizationsSubgraph, config);
      const { data } = await graphql(
        running.url,
        `
          {
            organizations {
              totalCount
            }
          }
        `,
      );
      await running.close();
      return data!.organizations.totalCount;
    };
    const first = await count();
    expect(first).toBeGreaterThan(20);
    expect(await count()).toBe(first);
  });
});
