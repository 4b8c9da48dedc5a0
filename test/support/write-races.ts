import { errorCodes, graphql, type GraphQLResponse } from "./graphql";

/**
 * The platform's write races (issue 6): two writes that would each be valid alone, sent at the
 * same moment, of which the rules let exactly one win. Each race takes the places its writes go
 * to, per subgraph: one URL (a gateway, or a subgraph) or several (two replicas of a subgraph,
 * two gateways), and the two writes of a race then go to different ones.
 */

/** Sends one operation to one place with a credential that place accepts. */
export type Post = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/** A place to send writes to, with the coordinator's credential for it. */
export function poster(url: string, credential: () => Promise<Record<string, string>>): Post {
  return async (query, variables = {}) => graphql(url, query, variables, await credential());
}

/** One way in: where each subgraph's writes go (the gateway for all, or the subgraphs). */
export interface RaceWay {
  name: string;
  organizations: Post[];
  events: Post[];
  programmes: Post[];
}

/** What the races are run against. */
export interface RaceTargets {
  ways: RaceWay[];
  /** How many awards of the programme are live (not archived), read from its database. */
  liveAwards: (programmeId: string) => Promise<number>;
}

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

/** The `n`th of the places (they take turns). */
const nth = (posts: Post[], n: number): Post => posts[n % posts.length];

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

/**
 * Defines the race tests over `targets()` (read when the tests run, after beforeAll), each race
 * run `rounds` times each way in.
 */
export function writeRaceCases(targets: () => RaceTargets, rounds: number): void {
  it(`never ends with a cycle of parent centres, ${rounds} races each way in`, async () => {
    const { ways } = targets();
    for (const { name: way, organizations: posts } of ways) {
      await runRaces(rounds, async (round) => {
        const [a, b] = await Promise.all([
          createCentre(nth(posts, 0), `Центр A ${way} ${round}`),
          createCentre(nth(posts, 1), `Центр B ${way} ${round}`),
        ]);
        const link = (post: Post, id: string, parent: string) =>
          post(
            `mutation { updateOrganization(id: "${id}", input: { parentCentreId: "${parent}" }) { id } }`,
          );
        expectOneWinner(await Promise.all([link(nth(posts, 1), a, b), link(nth(posts, 0), b, a)]));
        const read = await nth(
          posts,
          round,
        )(
          `{ a: organization(id: "${a}") { parentCentre { id } } b: organization(id: "${b}") { parentCentre { id } } }`,
        );
        const parents = [read.data!.a.parentCentre?.id, read.data!.b.parentCentre?.id];
        expect(parents.filter(Boolean)).toHaveLength(1);
      });
    }
  });

  it(`never ends with a cycle of sessions, ${rounds} races each way in`, async () => {
    for (const { name: way, events: posts } of targets().ways) {
      await runRaces(rounds, async (round) => {
        const [a, b] = await Promise.all([
          createEvent(nth(posts, 0), `Форум A ${way} ${round}`),
          createEvent(nth(posts, 1), `Форум B ${way} ${round}`),
        ]);
        const link = (post: Post, id: string, parent: string) =>
          post(`mutation { updateEvent(id: "${id}", input: { parentId: "${parent}" }) { id } }`);
        expectOneWinner(await Promise.all([link(nth(posts, 1), a, b), link(nth(posts, 0), b, a)]));
        const read = await nth(
          posts,
          round,
        )(`{ a: event(id: "${a}") { parent { id } } b: event(id: "${b}") { parent { id } } }`);
        expect([read.data!.a.parent?.id, read.data!.b.parent?.id].filter(Boolean)).toHaveLength(1);
      });
    }
  });

  it(`never leaves an award live under an archived programme, ${rounds} races each way in`, async () => {
    const { ways, liveAwards } = targets();
    for (const { programmes: posts } of ways) {
      await runRaces(rounds, async (round) => {
        const created = await nth(
          posts,
          round,
        )(`mutation { createProgramme(input: { title: "Грант ${round}", kind: GRANT }) { id } }`);
        const programmeId = created.data!.createProgramme.id;
        const [award, archived] = await Promise.all([
          nth(
            posts,
            0,
          )(
            `mutation { createAward(input: { programmeId: "${programmeId}", recipientId: "org-rc-tyumen", purpose: "Поддержка", amount: { amount: "1000.00" } }) { id } }`,
          ),
          nth(posts, 1)(`mutation { archiveProgramme(id: "${programmeId}") { archivedAt } }`),
        ]);
        expect(archived.data!.archiveProgramme.archivedAt).toBeTruthy();
        // The award either came first (and was archived with the programme) or was refused.
        if (award.errors) expect(errorCodes(award)).toEqual(["BAD_USER_INPUT"]);
        expect(await liveAwards(programmeId)).toBe(0);
      });
    }
  });
}
