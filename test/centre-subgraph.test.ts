import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph, subgraphSdls } from "../tools/composition";
import { loadGatewayConfig } from "../gateway/config";
import { startGateway, type RunningGateway } from "../gateway/server";
import { watchedSupergraph, type SupergraphEvent } from "../gateway/supergraph-watch";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { VolunteerGroup } from "../subgraphs/volunteers/entities/volunteer-group.entity";
import { volunteersSubgraph } from "../subgraphs/volunteers/server";
import { errorCodes, graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { bearer, startTestSubgraph, testAuth } from "./support/subgraph";

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a centre's own subgraph, composed in and served after a hot reload", () => {
  let stack: TestStack;
  let volunteers: RunningSubgraph;
  let gateway: RunningGateway;
  const events: SupergraphEvent[] = [];
  const file = join(mkdtempSync(join(tmpdir(), "supergraph-")), "supergraph.graphql");

  beforeAll(async () => {
    stack = await startStack();
    volunteers = await startTestSubgraph(volunteersSubgraph, {
      organizationsUrl: stack.subgraphs.organizations.url,
    });
    writeFileSync(file, stack.supergraphSdl);
    const manager = watchedSupergraph(file, 25, (event) => events.push(event));
    gateway = await startGateway(
      { supergraphSdl: manager, subgraphs: stack.entries, auth: testAuth },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await gateway.close();
    await volunteers.close();
    await stack.close();
  });

  it("adds Organization.volunteers and Region.volunteerCount without a restart, failing no request in flight", async () => {
    const VOLUNTEERS = `{ organization(id: "org-rc-tyumen") { name volunteers { name volunteerCount } } region(code: "RU-TYU") { volunteerCount } }`;
    const before = errorCodes(await graphql(gateway.url, VOLUNTEERS));
    expect(new Set(before)).toEqual(new Set(["GRAPHQL_VALIDATION_FAILED"]));

    // Keep the gateway busy while the supergraph changes under it.
    let running = true;
    const failures: unknown[] = [];
    let served = 0;
    const load = (async () => {
      while (running) {
        const batch = await Promise.all(
          Array.from({ length: 4 }, () =>
            graphql(
              gateway.url,
              `
                {
                  regions(federalDistrict: "URAL") {
                    name
                    organizationCount
                    eventCount
                  }
                }
              `,
            ),
          ),
        );
        for (const response of batch) {
          if (response.errors) failures.push(response.errors);
          else served += 1;
        }
      }
    })();

    const entries = [...stack.entries, { name: "volunteers", url: volunteers.url }];
    const { supergraphSdl, errors } = composeSupergraph(entries, await subgraphSdls(entries));
    expect(errors).toEqual([]);
    writeFileSync(file, supergraphSdl!);
    await until(() => events.some((e) => e.kind === "loaded"), "the reload");

    const created = await graphql(
      gateway.url,
      `
        mutation {
          createVolunteerGroup(
            input: {
              name: "Волонтёры Тюмени"
              organizationId: "org-rc-tyumen"
              regionCode: "RU-TYU"
              volunteerCount: 42
              activities: ["просвещение"]
            }
          ) {
            id
            ownerId
          }
        }
      `,
      {},
      bearer("org-rc-tyumen"),
    );
    expect(created.data!.createVolunteerGroup.ownerId).toBe("org-rc-tyumen");
    const after = await graphql(gateway.url, VOLUNTEERS);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({
      organization: {
        name: "Ресурсный центр НКО Тюменской области",
        volunteers: [{ name: "Волонтёры Тюмени", volunteerCount: 42 }],
      },
      region: { volunteerCount: 42 },
    });

    running = false;
    await load;
    expect(failures).toEqual([]);
    expect(served).toBeGreaterThan(0);
  });

  it("refuses a supergraph that does not load and keeps serving the last good one", async () => {
    writeFileSync(file, "schema { query: Query } type Query { broken: Nope }");
    await until(() => events.some((e) => e.kind === "refused"), "the refusal");
    expect(events.find((e) => e.kind === "refused")).toMatchObject({ path: file });
    const response = await graphql(
      gateway.url,
      `
        {
          region(code: "RU-TYU") {
            name
            volunteerCount
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.region).toEqual({ name: "Тюменская область", volunteerCount: 42 });
  });

  it("guards the centre's own subgraph like the others: another centre cannot change its records", async () => {
    const groups = await graphql(
      volunteers.url,
      `
        {
          volunteerGroups(filter: { regionCodes: ["RU-TYU"] }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    const id = groups.data!.volunteerGroups.edges[0].node.id;
    const response = await graphql(
      gateway.url,
      `mutation { updateVolunteerGroup(id: "${id}", input: { volunteerCount: 0 }) { id } }`,
      {},
      bearer("org-rc-kurgan"),
    );
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    const anonymous = await graphql(
      volunteers.url,
      `mutation { archiveVolunteerGroup(id: "${id}") { id } }`,
    );
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });

  it("reaches a subgraph added to the running gateway at its <NAME>_URL, not the supergraph's URL", async () => {
    const hotFile = join(mkdtempSync(join(tmpdir(), "supergraph-")), "supergraph.graphql");
    writeFileSync(hotFile, stack.supergraphSdl);
    const reloads: SupergraphEvent[] = [];
    const env = Object.fromEntries(
      stack.entries.map(({ name, url }) => [`${name.toUpperCase()}_URL`, url]),
    );
    // The gateway process reads its configuration this way; volunteers is not in its start-up list.
    const config = loadGatewayConfig([], { ...env, VOLUNTEERS_URL: volunteers.url });
    const routed = await startGateway(
      {
        supergraphSdl: watchedSupergraph(hotFile, 25, (event) => reloads.push(event)),
        subgraphs: config.subgraphs,
        auth: testAuth,
        route: config.route,
      },
      0,
      "127.0.0.1",
    );
    try {
      // The new supergraph records a URL where nothing answers, as one composed elsewhere would.
      const recorded = [
        ...stack.entries,
        { name: "volunteers", url: "http://127.0.0.1:9/graphql" },
      ];
      const { supergraphSdl } = composeSupergraph(recorded, await subgraphSdls(recorded));
      writeFileSync(hotFile, supergraphSdl!);
      await until(() => reloads.some((e) => e.kind === "loaded"), "the reload");
      const response = await graphql(
        routed.url,
        `
          {
            region(code: "RU-TYU") {
              volunteerCount
            }
          }
        `,
      );
      expect(response.errors).toBeUndefined();
      expect(typeof response.data!.region.volunteerCount).toBe("number");
    } finally {
      await routed.close();
    }
  });
});

describe("volunteers subgraph (the template), called directly", () => {
  let volunteers: RunningSubgraph;
  beforeAll(async () => {
    volunteers = await startTestSubgraph(volunteersSubgraph);
    const now = new Date().toISOString();
    const stamp = { ownerId: "org-rc-tyumen", createdAt: now, updatedAt: now, updatedBy: "seed" };
    await volunteers.database.dataSource.getRepository(VolunteerGroup).save(
      ["Альфа", "Бета", "Гамма"].map((name, index) => ({
        ...stamp,
        id: `volunteers-${index}`,
        name,
        organizationId: "org-rc-tyumen",
        regionCode: index < 2 ? "RU-TYU" : "RU-KGN",
        volunteerCount: 10 * (index + 1),
        activities: [],
        archivedAt: null,
      })),
    );
  });
  afterAll(() => volunteers.close());

  const GROUPS = `query($filter: VolunteerGroupFilter, $after: String) {
    volunteerGroups(filter: $filter, first: 1, after: $after) {
      totalCount edges { node { name } } pageInfo { hasNextPage endCursor }
    }
  }`;

  it("serves volunteerGroups as a nullable cursor connection, paged and filtered like the others", async () => {
    const sdl = (await graphql(volunteers.url, "{ _service { sdl } }")).data!._service.sdl;
    // Nullable, so a stopped volunteers subgraph costs only this field, never the response.
    expect(sdl).toMatch(/\): VolunteerGroupConnection\n/);
    expect(sdl).not.toContain("VolunteerGroupConnection!");
    const first = await graphql(volunteers.url, GROUPS, { filter: { regionCodes: ["RU-TYU"] } });
    expect(first.data!.volunteerGroups.totalCount).toBe(2);
    expect(first.data!.volunteerGroups.edges).toEqual([{ node: { name: "Альфа" } }]);
    const second = await graphql(volunteers.url, GROUPS, {
      filter: { regionCodes: ["RU-TYU"] },
      after: first.data!.volunteerGroups.pageInfo.endCursor,
    });
    expect(second.data!.volunteerGroups.edges).toEqual([{ node: { name: "Бета" } }]);
    expect(second.data!.volunteerGroups.pageInfo.hasNextPage).toBe(false);
    const bad = await graphql(volunteers.url, GROUPS, { filter: { regionCodes: ["Tyumen"] } });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors![0].extensions!.argumentName).toBe("filter.regionCodes");
  });

  it("sums Region.volunteerCount for many regions in one statement", async () => {
    volunteers.database.statements.reset();
    const { data } = await graphql(
      volunteers.url,
      `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Region {
              volunteerCount
            }
          }
        }
      `,
      {
        reps: ["RU-TYU", "RU-KGN", "RU-YAN"].map((code) => ({ __typename: "Region", code })),
      },
    );
    expect(data!._entities).toEqual([
      { volunteerCount: 30 },
      { volunteerCount: 30 },
      { volunteerCount: 0 },
    ]);
    expect(volunteers.database.statements.count).toBe(1);
  });
});
