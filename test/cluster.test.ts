import { startCluster, type Cluster } from "../tools/cluster/cluster";
import {
  everyReadAnswers,
  regionEventIds,
  startLoad,
  WRITE_REGION,
  type LoadReport,
} from "./support/cluster-load";
import { waitFor } from "./support/spawned";

/**
 * `npm run cluster` under load (tools/cluster): a private PostgreSQL, two replicas of each core
 * subgraph and two gateways behind HAProxy, the volunteers guest on its own address. The
 * dashboard's reads and concurrent writes run through the balancer while processes are
 * restarted and killed; every acknowledged write is read back afterwards.
 */
// Generous: each restart waits for a process to start, 15–25 s on a busy 2-core machine.
jest.setTimeout(600_000);

/** Four loops of the dashboard's reads and two of writes, all through the gateways' balancer. */
const READERS = 4;
const WRITERS = 2;

let cluster: Cluster;
/** What each scenario measured, printed at the end (docs/operator-cluster.md quotes it). */
const figures: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the balancer reports `server` (`gateway/gateway-1`) in a state matching `state`. */
async function balancerSays(server: string, state: RegExp): Promise<void> {
  await waitFor(
    `the balancer to report ${server} ${state}`,
    async () => state.test((await cluster.states())[server] ?? ""),
    30_000,
  );
}

/** Every acknowledged write is in the region's paged list of events. */
async function expectEveryWriteReadBack(report: LoadReport): Promise<void> {
  expect(report.written.length).toBeGreaterThan(0);
  const found = await regionEventIds(cluster.urls.gateway, WRITE_REGION);
  expect(report.written.filter((id) => !found.has(id))).toEqual([]);
}

const summary = (report: LoadReport) =>
  `${report.requests} requests, ${report.failures.length} failed, ${report.written.length} writes acknowledged and read back`;

beforeAll(async () => {
  cluster = await startCluster({ logLevel: "warn" });
}, 300_000);

afterAll(async () => {
  await cluster?.stop();
  if (figures.length) process.stdout.write(`cluster figures:\n  ${figures.join("\n  ")}\n`);
}, 120_000);

test("a rolling restart of every replica, subgraphs then gateways, fails no request and loses no write", async () => {
  const load = startLoad(cluster.urls.gateway, READERS, WRITERS);
  const replicas = cluster.processNames.filter((name) => name !== "volunteers");
  expect(replicas).toHaveLength(10);
  const took: string[] = [];
  for (const name of replicas) {
    const started = Date.now();
    await cluster.restart(name);
    took.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  figures.push(`restarts: ${took.join(", ")}`);
  const report = await load.stop();
  figures.push(`rolling restart of ${replicas.length} processes: ${summary(report)}`);
  expect(report.failures).toEqual([]);
  await expectEveryWriteReadBack(report);
});

test("a gateway killed with SIGKILL costs at most the requests in flight, and leaves the rotation within seconds", async () => {
  const load = startLoad(cluster.urls.gateway, READERS, WRITERS);
  await sleep(1000);
  const killed = Date.now();
  await cluster.kill("gateway-1", "SIGKILL");
  await balancerSays("gateway/gateway-1", /^DOWN/);
  const droppedMs = Date.now() - killed;
  await sleep(2000);
  const report = await load.stop();
  figures.push(`gateway-1 SIGKILL: out of rotation after ${droppedMs} ms; ${summary(report)}`);
  expect(droppedMs).toBeLessThan(5000);
  // Only requests already sent when it died may fail: one per loop at most.
  expect(report.failures.length).toBeLessThanOrEqual(READERS + WRITERS);
  expect(report.failures.filter((failure) => failure.at > killed)).toEqual([]);
  await expectEveryWriteReadBack(report);
  await cluster.start("gateway-1");
});

test("a subgraph replica killed with SIGKILL: its twin answers, with no partial answer once the balancer noticed", async () => {
  const load = startLoad(cluster.urls.gateway, READERS, WRITERS);
  await sleep(1000);
  const killed = Date.now();
  await cluster.kill("events-1", "SIGKILL");
  await balancerSays("events/events-1", /^DOWN/);
  const noticed = Date.now();
  await sleep(3000);
  const report = await load.stop();
  const partial = report.failures.filter((failure) => failure.at >= noticed);
  figures.push(
    `events-1 SIGKILL: out of rotation after ${noticed - killed} ms; ${summary(report)}; ${report.failures.length - partial.length} before the balancer noticed`,
  );
  expect(noticed - killed).toBeLessThan(5000);
  expect(partial).toEqual([]);
  await expectEveryWriteReadBack(report);
  await cluster.start("events-1");
});

test("PostgreSQL restarted: reads answer again without restarting anything, and no acknowledged write is lost", async () => {
  const load = startLoad(cluster.urls.gateway, READERS, WRITERS);
  await sleep(1000);
  const stopped = Date.now();
  await cluster.restart("postgres");
  const back = Date.now();
  // Writes may fail while the database is away; reads must come back on their own (once the
  // gateway's circuit for a subgraph that failed meanwhile lets a call through again).
  await waitFor("every read to answer again", () => everyReadAnswers(cluster.urls.gateway), 60_000);
  const answered = Date.now();
  const clean = startLoad(cluster.urls.gateway, READERS, 0);
  await sleep(3000);
  const after = await clean.stop();
  const report = await load.stop();
  figures.push(
    `PostgreSQL restart (${back - stopped} ms down): reads answered again ${answered - back} ms after; ${summary(report)}; then ${after.requests} reads, ${after.failures.length} failed`,
  );
  expect(after.failures).toEqual([]);
  await expectEveryWriteReadBack(report);
});
