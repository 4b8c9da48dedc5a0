import { IsNull } from "typeorm";
import { EventOrganizer } from "../subgraphs/events/entities/event-organizer.entity";
import { Award } from "../subgraphs/programmes/entities/award.entity";
import { backends } from "./support/backends";
import { parallelWritesCase } from "./support/parallel-writes";
import { processesOver, type Processes } from "./support/processes";
import { credentialAt, startStack, type TestStack } from "./support/stack";
import { subgraphBearer } from "./support/subgraph";
import { poster, writeRaceCases, type Post } from "./support/write-races";

/**
 * The write races of test/write-races.test.ts across two replicas of each subgraph on one
 * PostgreSQL database, as production runs them: the two writes of every race go to different
 * replicas (or through two gateways, each routed to its own replicas). Replica 1 runs in this
 * process and migrates and seeds the database; replica 2 is its own process with MIGRATE=false
 * and SEED=false, so nothing in one process's memory (a lock, a queue, a cache) can keep the
 * rules: only the database's row locks, advisory locks and unique indexes can.
 */
const postgres = backends.find(([name]) => name === "PostgreSQL")?.[1];
if (!postgres) console.warn("replica-writes.test.ts skipped: TEST_DATABASE_URL is not set");
const describeOnPostgres = postgres ? describe : describe.skip;

/** Fewer rounds than on one replica: each race still crosses replicas every time. */
const ROUNDS = 30;
type Writer = "organizations" | "events" | "programmes";

describeOnPostgres("write races across two replicas on PostgreSQL", () => {
  let stack: TestStack;
  const started: Processes[] = [];
  const second: Record<string, string> = {};
  let secondGateway: string;

  beforeAll(async () => {
    const databaseUrl = await postgres!.createDatabase();
    stack = await startStack(databaseUrl, { subgraphTimeoutMs: 60_000 });
    const processes = processesOver(stack.supergraphSdl, stack.entries);
    started.push(processes);
    const common = {
      DATABASE_URL: databaseUrl!,
      MIGRATE: "false",
      SEED: "false",
      GATEWAY_URL: new URL(stack.gateway.url).origin,
      REFERENCE_TIMEOUT_MS: "15000",
      // As the in-process replicas (startStack): the writes are tested here, not the pool's wait.
      DATABASE_CONNECT_TIMEOUT_MS: "60000",
    };
    second.organizations = await processes.startSubgraph("organizations", common);
    const others = ["events", "programmes"];
    const urls = await Promise.all(
      others.map((name) =>
        processes.startSubgraph(name, { ...common, ORGANIZATIONS_URL: second.organizations }),
      ),
    );
    others.forEach((name, i) => (second[name] = urls[i]));
    // A second gateway, routed to the second replicas (and to the first of the read-only ones).
    const routes = stack.entries.map(({ name, url }) => ({ name, url: second[name] ?? url }));
    const gateways = processesOver(stack.supergraphSdl, routes);
    started.push(gateways);
    secondGateway = await gateways.startGateway({ SUBGRAPH_TIMEOUT_MS: "60000" });
  }, 180_000);
  afterAll(async () => {
    await Promise.all(started.map((processes) => processes.stop()));
    await stack?.close();
  });

  const coordinatorAt = (url: string) => () =>
    credentialAt(stack, url, "coordinator", "coordinator");
  /** Both replicas of a subgraph, called as the coordinator or as `centre`. */
  const replicas = (name: Writer, centre = "coordinator"): Post[] => {
    const role = centre === "coordinator" ? "coordinator" : "centre";
    return [stack.subgraphs[name].url, second[name]].map((url) =>
      poster(url, () => subgraphBearer(name, centre, role)),
    );
  };

  writeRaceCases(() => {
    const gateways = [stack.gateway.url, secondGateway].map((url) =>
      poster(url, coordinatorAt(url)),
    );
    const awards = stack.subgraphs.programmes.database.dataSource.getRepository(Award);
    return {
      ways: [
        {
          name: "through two gateways",
          organizations: gateways,
          events: gateways,
          programmes: gateways,
        },
        {
          name: "straight at two replicas",
          organizations: replicas("organizations"),
          events: replicas("events"),
          programmes: replicas("programmes"),
        },
      ],
      liveAwards: (programmeId) => awards.countBy({ programmeId, archivedAt: IsNull() }),
    };
  }, ROUNDS);

  // Created on both replicas at once, counted through the second gateway.
  parallelWritesCase(() => {
    const links = stack.subgraphs.events.database.dataSource.getRepository(EventOrganizer);
    return {
      events: replicas("events", "org-rc-tyumen"),
      organizerLinks: (eventId) => links.countBy({ eventId }),
      gateway: secondGateway,
    };
  });
});
