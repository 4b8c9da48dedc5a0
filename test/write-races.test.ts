import { IsNull } from "typeorm";
import { Award } from "../subgraphs/programmes/entities/award.entity";
import { errorCodes, graphql, type GraphQLResponse } from "./support/graphql";
import { backends } from "./support/backends";
import { credentialAt, startStack, type TestStack } from "./support/stack";

/**
 * How many times each race is run, each way in: 50 on PostgreSQL, where the two writes of a
 * race run at the same time and only row and advisory locks keep them apart; 20 on SQLite,
 * where write transactions take turns, so a race has two orders to end in, not interleavings.
 */
const ROUNDS_ON: Record<string, number> = { PostgreSQL: 50, SQLite: 20 };
/**
 * Races run this many at a time, each on its own records: the two writes of one race still
 * race each other, and the suite does not wait for every race in a row.
 */
const AT_ONCE = 10;

/** Runs `race(round)` for each of `rounds` rounds, AT_ONCE at a time. */
async function runRaces(rounds: number, race: (round: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < rounds; start += AT_ONCE) {
    const batch = Array.from({ length: Math.min(AT_ONCE, rounds - start) }, (_, i) => start + i);
    await Promise.all(batch.map(race));
  }
}
type Post = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/** Posts with the coordinator's credential, to the gateway or straight to a subgraph. */
function poster(stack: TestStack, url: string): Post {
  return async (query, variables = {}) =>
    graphql(url, query, variables, await credentialAt(stack, url, "coordinator", "coordinator"));
}

async function createCentre(post: Post, name: string): Promise<string> {
  const response = await post(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name, kind: "RESOURCE_CENTRE", regionCode: "RU-TYU" } },
  );
  if (!response.data?.createOrganization) throw new Error(JSON.stringify(response.errors));
  return response.data.createOrganization.id;
}

async function createEvent(post: Post, title: string): Promise<string> {
  const response = await post(
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        title,
        kind: "FORUM",
        startsAt: "2026-12-01T10:00:00+05:00",
        timezone: "Asia/Yekaterinburg",
      },
    },
  );
  if (!response.data?.createEvent) throw new Error(JSON.stringify(response.errors));
  return response.data.createEvent.id;
}

/** Exactly one of two racing writes wins; the other is refused as a cycle. */
function expectOneWinner(responses: GraphQLResponse[]): void {
  expect(responses.filter((response) => !response.errors)).toHaveLength(1);
  const refused = responses.find((response) => response.errors)!;
  expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
  expect(refused.errors![0].message).toContain("cycle");
}

describe.each(backends)("write races on %s", (name, backend) => {
  const ROUNDS = ROUNDS_ON[name];
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase(), { subgraphTimeoutMs: 60_000 });
  });
  afterAll(() => stack.close());

  const ways = (): [string, string, string][] => [
    ["through the gateway", stack.gateway.url, stack.gateway.url],
    ["straight at the subgraphs", stack.subgraphs.organizations.url, stack.subgraphs.events.url],
  ];

  it(`never ends with a cycle of parent centres, ${ROUNDS} races each way in`, async () => {
    for (const [way, url] of ways()) {
      const post = poster(stack, url);
      await runRaces(ROUNDS, async (round) => {
        const [a, b] = await Promise.all([
          createCentre(post, `Центр A ${way} ${round}`),
          createCentre(post, `Центр B ${way} ${round}`),
        ]);
        const link = (id: string, parent: string) =>
          post(
            `mutation { updateOrganization(id: "${id}", input: { parentCentreId: "${parent}" }) { id } }`,
          );
        expectOneWinner(await Promise.all([link(a, b), link(b, a)]));
        const read = await post(
          `{ a: organization(id: "${a}") { parentCentre { id } } b: organization(id: "${b}") { parentCentre { id } } }`,
        );
        const parents = [read.data!.a.parentCentre?.id, read.data!.b.parentCentre?.id];
        expect(parents.filter(Boolean)).toHaveLength(1);
      });
    }
  });

  it(`never ends with a cycle of sessions, ${ROUNDS} races each way in`, async () => {
    for (const [way, , url] of ways()) {
      const post = poster(stack, url);
      await runRaces(ROUNDS, async (round) => {
        const [a, b] = await Promise.all([
          createEvent(post, `Форум A ${way} ${round}`),
          createEvent(post, `Форум B ${way} ${round}`),
        ]);
        const link = (id: string, parent: string) =>
          post(`mutation { updateEvent(id: "${id}", input: { parentId: "${parent}" }) { id } }`);
        expectOneWinner(await Promise.all([link(a, b), link(b, a)]));
        const read = await post(
          `{ a: event(id: "${a}") { parent { id } } b: event(id: "${b}") { parent { id } } }`,
        );
        expect([read.data!.a.parent?.id, read.data!.b.parent?.id].filter(Boolean)).toHaveLength(1);
      });
    }
  });

  it(`never leaves an award live under an archived programme, ${ROUNDS} races each way in`, async () => {
    const awards = stack.subgraphs.programmes.database.dataSource.getRepository(Award);
    for (const url of [stack.gateway.url, stack.subgraphs.programmes.url]) {
      const post = poster(stack, url);
      await runRaces(ROUNDS, async (round) => {
        const created = await post(
          `mutation { createProgramme(input: { title: "Грант ${round}", kind: GRANT }) { id } }`,
        );
        const programmeId = created.data!.createProgramme.id;
        const [award, archived] = await Promise.all([
          post(
            `mutation { createAward(input: { programmeId: "${programmeId}", recipientId: "org-rc-tyumen", purpose: "Поддержка", amount: { amount: "1000.00" } }) { id } }`,
          ),
          post(`mutation { archiveProgramme(id: "${programmeId}") { archivedAt } }`),
        ]);
        expect(archived.data!.archiveProgramme.archivedAt).toBeTruthy();
        // The award either came first (and was archived with the programme) or was refused.
        if (award.errors) expect(errorCodes(award)).toEqual(["BAD_USER_INPUT"]);
        expect(await awards.countBy({ programmeId, archivedAt: IsNull() })).toBe(0);
      });
    }
  });
});
