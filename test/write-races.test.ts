import { IsNull } from "typeorm";
import { Award } from "../subgraphs/programmes/entities/award.entity";
import { backends } from "./support/backends";
import { credentialAt, startStack, type TestStack } from "./support/stack";
import { poster, writeRaceCases, type RaceWay } from "./support/write-races";

/**
 * How many times each race is run, each way in: 50 on PostgreSQL, where the two writes of a
 * race run at the same time and only row and advisory locks keep them apart; 20 on SQLite,
 * where write transactions take turns, so a race has two orders to end in, not interleavings.
 * test/replica-writes.test.ts runs the same races across two replicas of each subgraph.
 */
const ROUNDS_ON: Record<string, number> = { PostgreSQL: 50, SQLite: 20 };

describe.each(backends)("write races on %s", (name, backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase(), { subgraphTimeoutMs: 60_000 });
  });
  afterAll(() => stack.close());

  /** Posts with the coordinator's credential, to the gateway or straight to a subgraph. */
  const post = (url: string) =>
    poster(url, () => credentialAt(stack, url, "coordinator", "coordinator"));

  writeRaceCases(() => {
    const gateway = post(stack.gateway.url);
    const ways: RaceWay[] = [
      {
        name: "through the gateway",
        organizations: [gateway],
        events: [gateway],
        programmes: [gateway],
      },
      {
        name: "straight at the subgraphs",
        organizations: [post(stack.subgraphs.organizations.url)],
        events: [post(stack.subgraphs.events.url)],
        programmes: [post(stack.subgraphs.programmes.url)],
      },
    ];
    const awards = stack.subgraphs.programmes.database.dataSource.getRepository(Award);
    return {
      ways,
      liveAwards: (programmeId) => awards.countBy({ programmeId, archivedAt: IsNull() }),
    };
  }, ROUNDS_ON[name]);
});
