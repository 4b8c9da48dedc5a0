import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventOrganizer } from "../subgraphs/events/entities/event-organizer.entity";
import { ProgrammePartner } from "../subgraphs/programmes/entities/programme-partner.entity";
import { importOrganizationRows } from "../subgraphs/organizations/resolvers/organization-import-changes";
import { cachedCount } from "../subgraphs/shared/count-cache";
import { importTransaction } from "../subgraphs/shared/import-report";
import { ReadersWriterGate } from "../subgraphs/shared/readers-writer-gate";
import { transaction } from "../subgraphs/shared/writes";
import { PHANTOM_WORD, phantomRows } from "../tools/generate/phantom-rows";
import { errorCodes, graphql, type GraphQLResponse } from "./support/graphql";
import { backends } from "./support/backends";
import { startStack, type TestStack } from "./support/stack";
import { bearer } from "./support/subgraph";

/** Where each stack keeps its data: how reads are isolated differs with each (read-isolation.ts). */
interface Storage {
  databaseUrl?: string;
  sqliteFolder?: string;
}

const postgres = backends.find(([name]) => name === "PostgreSQL")?.[1];
const storages: [string, () => Promise<Storage>][] = [
  ["SQLite in memory (serialised reads)", async () => ({})],
  [
    "SQLite files (WAL readers)",
    async () => ({ sqliteFolder: mkdtempSync(join(tmpdir(), "isolation-")) }),
  ],
  ...(postgres
    ? ([["PostgreSQL", async () => ({ databaseUrl: await postgres.createDatabase() })]] as [
        string,
        () => Promise<Storage>,
      ][])
    : []),
];

const TYUMEN = bearer("org-rc-tyumen");
const IMPORT = `mutation($rows: [OrganizationImportRow!]!) {
  importOrganizations(rows: $rows, dryRun: true) { organizations { organizationId outcome } }
}`;
const SEARCH = `query($search: String!) {
  organizations(filter: { search: $search }, first: 50) { totalCount edges { node { id name } } }
}`;
const CREATE_EVENT = `mutation($organizerIds: [ID!]) {
  createEvent(input: { title: "Форум призраков", kind: FORUM, startsAt: "2026-12-01T10:00:00+05:00",
    timezone: "Asia/Yekaterinburg", regionCode: "RU-TYU", organizerIds: $organizerIds }) { id }
}`;
const EVENTS = `{ events(first: 100) { edges { node { id organizers { id name } } } } }`;
const REGION_EVENTS = `{ region(code: "RU-TYU") { events(first: 100) { edges { node { id organizers { name } } } } } }`;
const TYUMEN_REGION = readFileSync(
  join(__dirname, "..", "schema", "operations", "tyumen-region.graphql"),
  "utf8",
);

/** What anonymous searches for the dry run's word saw. */
interface Seen {
  searches: number;
  ids: Set<string>;
  counts: Set<number>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(storages)("isolation on %s", (_name, storage) => {
  let stack: TestStack;
  let folder: string | undefined;
  const post = (query: string, variables = {}, headers = {}) =>
    graphql(stack.gateway.url, query, variables, headers);

  beforeAll(async () => {
    const { databaseUrl, sqliteFolder } = await storage();
    folder = sqliteFolder;
    stack = await startStack(databaseUrl, { subgraphTimeoutMs: 60_000, sqliteFolder });
  });
  afterAll(async () => {
    await stack?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Anonymous searches for the dry runs' word, one after another, until `done` settles. */
  async function searchUntil(done: Promise<unknown>, seen: Seen, attack: (ids: string[]) => void) {
    let finished = false;
    void done.finally(() => (finished = true));
    while (!finished) {
      const response = await post(SEARCH, { search: PHANTOM_WORD });
      const connection = response.data?.organizations;
      seen.searches += 1;
      seen.counts.add(connection?.totalCount ?? -1);
      const ids: string[] = (connection?.edges ?? []).map((edge: any) => edge.node.id);
      ids.forEach((id) => seen.ids.add(id));
      // The probe's move: name a row the search showed as an organiser at once.
      if (ids.length) attack(ids);
    }
  }

  it("shows anonymous searches no row of import dry runs in flight, and refuses an event naming one", async () => {
    const before = await post(`{ organizations { totalCount } }`);
    const seen: Seen = { searches: 0, ids: new Set(), counts: new Set() };
    const creations: Promise<GraphQLResponse>[] = [];
    const createEvent = (ids: string[]) =>
      creations.push(post(CREATE_EVENT, { organizerIds: ids.slice(0, 1) }, TYUMEN));
    const provisional: string[] = [];
    const dryRuns = (async () => {
      for (let run = 0; run < 3; run += 1) {
        const response = await post(IMPORT, { rows: phantomRows(500) }, TYUMEN);
        const organizations = response.data?.importOrganizations?.organizations ?? [];
        expect(organizations).toHaveLength(500);
        provisional.push(organizations[0].organizationId);
        // An id a dry run answered names nothing: it was rolled back, and the next run in
        // flight makes new ones. The centre tries it while that next run writes.
        createEvent([organizations[0].organizationId]);
      }
    })();
    await Promise.all([dryRuns, ...[1, 2, 3].map(() => searchUntil(dryRuns, seen, createEvent))]);
    const refused = await Promise.all(creations);

    expect(seen.searches).toBeGreaterThan(3);
    expect([...seen.ids]).toEqual([]);
    expect([...seen.counts]).toEqual([0]);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const response of refused) {
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].message).toContain("No such organisation");
    }
    // The count cache holds no count taken from the dry runs' rows.
    const after = await post(SEARCH, { search: PHANTOM_WORD });
    expect(after.data!.organizations).toEqual({ totalCount: 0, edges: [] });
    const total = await post(`{ organizations { totalCount } }`);
    expect(total.data!.organizations.totalCount).toBe(before.data!.organizations.totalCount);
    for (const id of provisional) {
      const lookup = await post(`query($id: ID!) { organization(id: $id) { id } }`, { id });
      expect(lookup.data!.organization).toBeNull();
    }
    // No event names a phantom, so every list of events still answers.
    for (const query of [EVENTS, REGION_EVENTS, TYUMEN_REGION]) {
      const response = await post(query);
      expect(response.errors).toBeUndefined();
    }
  });

  it("keeps a write transaction's uncommitted organisation from searches, lookups and the reference check", async () => {
    // A dry run held open: its rows are written and stay uncommitted until `release`.
    const dataSource = stack.subgraphs.organizations.database.dataSource;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: (ids: string[]) => void;
    const phantomIds = new Promise<string[]>((resolve) => (written = resolve));
    const principal = { organizationId: "org-rc-tyumen", role: "centre" as const };
    const dryRun = importTransaction(dataSource, true, async (manager) => {
      const result = await importOrganizationRows(manager, phantomRows(5, 1000), principal);
      written(result.organizations.map(({ organizationId }) => organizationId));
      await held;
      return result;
    });
    const [phantom] = await phantomIds;
    const answers = Promise.all([
      post(SEARCH, { search: PHANTOM_WORD }),
      post(`query($id: ID!) { organization(id: $id) { id } }`, { id: phantom }),
      post(CREATE_EVENT, { organizerIds: [phantom] }, TYUMEN),
    ]);
    // On PostgreSQL and WAL readers the answers come while the rows are uncommitted; serialised
    // reads (in memory) wait for the transaction and answer after its rollback.
    await Promise.race([answers, sleep(1000)]);
    release();
    await dryRun;
    const [search, lookup, created] = await answers;
    expect(search.data!.organizations).toEqual({ totalCount: 0, edges: [] });
    expect(lookup.data!.organization).toBeNull();
    expect(errorCodes(created)).toEqual(["BAD_USER_INPUT"]);
    expect(created.errors![0].message).toContain(phantom);
  });

  it("answers a list of events whose organiser link dangles, leaving the link out with NOT_FOUND", async () => {
    const created = await post(CREATE_EVENT, { organizerIds: ["org-rc-tyumen"] }, TYUMEN);
    const eventId: string = created.data!.createEvent.id;
    // A link row to an organisation that never existed, as a dirty reference check let through.
    await transaction(stack.subgraphs.events.database.dataSource, (manager) =>
      manager.insert(EventOrganizer, { eventId, organizationId: "org-never-existed", position: 1 }),
    );
    for (const query of [EVENTS, REGION_EVENTS, TYUMEN_REGION]) {
      const response = await post(query);
      expect(response.data).not.toBeNull();
      expect(errorCodes(response)).toEqual(["NOT_FOUND"]);
      expect(response.errors![0].message).toContain("org-never-existed");
      expect(response.errors![0].message).toContain(eventId);
    }
    const events = (await post(EVENTS)).data!.events.edges.map((edge: any) => edge.node);
    expect(events.find((event: any) => event.id === eventId).organizers).toEqual([
      { id: "org-rc-tyumen", name: expect.any(String) },
    ]);
  });

  it("answers a list of programmes whose partner link dangles, leaving the link out with NOT_FOUND", async () => {
    const programmes = `{ programmes(first: 100) { edges { node { id partners { id } } } } }`;
    const [first] = (await post(programmes)).data!.programmes.edges.map((edge: any) => edge.node);
    await transaction(stack.subgraphs.programmes.database.dataSource, (manager) =>
      manager.insert(ProgrammePartner, {
        programmeId: first.id,
        organizationId: "org-never-partnered",
        position: first.partners.length,
      }),
    );
    const response = await post(programmes);
    expect(errorCodes(response)).toEqual(["NOT_FOUND"]);
    expect(response.errors![0].message).toContain("org-never-partnered");
    const after = response.data!.programmes.edges.map((edge: any) => edge.node);
    expect(after.find((node: any) => node.id === first.id).partners).toEqual(first.partners);
  });

  it("does not keep a count read while a write was in flight, once the write has committed", async () => {
    const dataSource = stack.subgraphs.organizations.database.dataSource;
    const key = `isolation-test-${Math.random()}`;
    const total = (count: number) => ({ count, exact: true });
    let finish!: (value: ReturnType<typeof total>) => void;
    const before = cachedCount(dataSource, key, () => new Promise((resolve) => (finish = resolve)));
    // A commit lands while the count is being read: the count read is from before it.
    await transaction(dataSource, (manager) => manager.query("SELECT 1"));
    finish(total(5));
    expect(await before).toEqual(total(5));
    expect(await cachedCount(dataSource, key, async () => total(6))).toEqual(total(6));
    // A count read with no write in flight is kept.
    expect(await cachedCount(dataSource, key, async () => total(7))).toEqual(total(6));
  });
});

describe("ReadersWriterGate (serialised reads of a :memory: database)", () => {
  it("runs reads together, a write alone, and a waiting write before later reads", async () => {
    const gate = new ReadersWriterGate();
    const order: string[] = [];
    let endRead!: () => void;
    const firstRead = gate.read(async () => {
      order.push("read 1 starts");
      await new Promise<void>((resolve) => (endRead = resolve));
      order.push("read 1 ends");
    });
    const secondRead = gate.read(async () => order.push("read 2"));
    await secondRead;
    const write = gate.write(async () => order.push("write"));
    const laterRead = gate.read(async () => order.push("read 3"));
    await sleep(10);
    expect(order).toEqual(["read 1 starts", "read 2"]);
    endRead();
    await Promise.all([firstRead, write, laterRead]);
    expect(order).toEqual(["read 1 starts", "read 2", "read 1 ends", "write", "read 3"]);
  });
});
