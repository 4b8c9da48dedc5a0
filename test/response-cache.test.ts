import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withInnCheckDigit } from "../subgraphs/shared/identifiers";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import { backends } from "./support/backends";
import { processesOver, type Processes } from "./support/processes";
import { freePort } from "./support/spawned";
import { waitFor } from "./support/spawned";
import { bearer } from "./support/subgraph";

/**
 * The gateway's response cache with real processes: the four core subgraphs, two gateway
 * replicas with the cache on sharing one registry database (PostgreSQL when CI gives one, else
 * SQLite), and a third gateway with no cache setting.
 */
jest.setTimeout(240_000);

const KURGAN = bearer("org-rc-kurgan");
const POLL_MS = 250;

let processes: Processes;
let replicaA = "";
let replicaB = "";
let uncached = "";

interface Answer {
  cache: string | null;
  data: any;
  errors?: unknown[];
}

async function ask(
  gateway: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(gateway, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: unknown; errors?: unknown[] };
  return { cache: response.headers.get("x-cache"), data: body.data, errors: body.errors };
}

/** A write through a gateway with Kurgan's centre credential; fails the test on any error. */
async function write(gateway: string, mutation: string, variables: Record<string, unknown>) {
  const answer = await ask(gateway, mutation, variables, KURGAN);
  expect(answer.errors).toBeUndefined();
  expect(answer.cache).toBeNull();
  return answer.data;
}

const LIST = `query KurganNgos { organizations(first: 100, filter: { regionCodes: ["RU-KGN"] }) { totalCount edges { node { id name } } } }`;
const COUNT = `query KurganCount { region(code: "RU-KGN") { name organizationCount } }`;
const ONE = `query One($id: ID!) { organization(id: $id) { id name } }`;
const CREATE = `mutation Create($name: String!) { createOrganization(input: { name: $name, kind: NGO, regionCode: "RU-KGN" }) { id } }`;
const RENAME = `mutation Rename($id: ID!, $name: String!) { updateOrganization(id: $id, input: { name: $name }) { id name } }`;

const ALL = `query AllCount { organizations(first: 1) { totalCount } }`;
const IMPORT = `mutation Import($rows: [RegisterRowInput!]!) { importRegister(rows: $rows) { created rejected } }`;

let created = "";

beforeAll(async () => {
  const root = findProjectRoot();
  const schemaDir = mkdtempSync(join(tmpdir(), "cache-schema-"));
  for (const file of readdirSync(join(root, "schema")).filter((f) => f.endsWith(".graphql")))
    copyFileSync(join(root, "schema", file), join(schemaDir, file));
  processes = processesOver("", []);
  // The programmes subgraph exchanges tokens at a gateway's token endpoint (the register import
  // writes organisations): replica A's, on a port chosen before anything starts.
  const portA = await freePort();
  const gateway = { GATEWAY_URL: `http://127.0.0.1:${portA}` };
  const organizations = await processes.startSubgraph("organizations", gateway);
  const urls: Record<string, string> = { ORGANIZATIONS_URL: organizations };
  for (const name of ["regions", "events", "programmes"])
    urls[`${name.toUpperCase()}_URL`] = await processes.startSubgraph(name, {
      ...gateway,
      ORGANIZATIONS_URL: organizations,
    });
  const file = join(schemaDir, "supergraph.graphql");
  const supergraph = ["--supergraph", file, "--port", "0"];
  const postgres = await backends.find(([name]) => name === "PostgreSQL")?.[1].createDatabase();
  const cached = {
    ...urls,
    ...(postgres
      ? { REGISTRY_DATABASE_URL: postgres }
      : { REGISTRY_DATABASE: join(mkdtempSync(join(tmpdir(), "cache-db-")), "registry.sqlite") }),
    RESPONSE_CACHE_TTL_MS: "60000",
    RESPONSE_CACHE_POLL_MS: String(POLL_MS),
    DRIFT_CHECK_MS: "0",
  };
  replicaA = await processes.startGatewayWith(
    ["--supergraph", file, "--port", String(portA)],
    cached,
  );
  [replicaB, uncached] = await Promise.all([
    processes.startGatewayWith(supergraph, cached),
    processes.startGatewayWith(supergraph, { ...urls, DRIFT_CHECK_MS: "0" }),
  ]);
});

afterAll(async () => {
  await processes?.stop();
});

test("off by default: a gateway without RESPONSE_CACHE_TTL_MS neither caches nor says so", async () => {
  for (let round = 0; round < 2; round += 1) {
    const answer = await ask(uncached, COUNT);
    expect(answer.data.region.name).toBeTruthy();
    expect(answer.cache).toBeNull();
  }
});

test("a repeated anonymous query is a HIT with the same answer", async () => {
  const first = await ask(replicaA, LIST);
  expect(first.cache).toBe("MISS");
  expect(first.data.organizations.totalCount).toBeGreaterThan(0);
  const second = await ask(replicaA, LIST);
  expect(second.cache).toBe("HIT");
  expect(second.data).toEqual(first.data);
  // Other variables are another answer.
  const other = await ask(replicaA, ONE, { id: "org-rc-kurgan" });
  expect(other.cache).toBe("MISS");
  expect((await ask(replicaA, ONE, { id: "org-rc-tyumen" })).cache).toBe("MISS");
});

test("an answer is never cached for, nor served from the cache to, a caller with a credential", async () => {
  expect((await ask(replicaA, LIST)).cache).toBe("HIT");
  for (let round = 0; round < 2; round += 1) {
    const answer = await ask(replicaA, LIST, {}, KURGAN);
    expect(answer.errors).toBeUndefined();
    expect(answer.cache).toBeNull();
  }
});

test("a created record is in the next answer of a cached list and a cached count", async () => {
  await ask(replicaA, COUNT);
  const before = await ask(replicaA, COUNT);
  expect(before.cache).toBe("HIT");
  expect((await ask(replicaA, LIST)).cache).toBe("HIT");
  const data = await write(replicaA, CREATE, { name: "Клуб любителей кэша" });
  created = data.createOrganization.id;
  const list = await ask(replicaA, LIST);
  expect(list.cache).toBe("MISS");
  const ids = list.data.organizations.edges.map((edge: { node: { id: string } }) => edge.node.id);
  expect(ids).toContain(created);
  const count = await ask(replicaA, COUNT);
  expect(count.data.region.organizationCount).toBe(before.data.region.organizationCount + 1);
});

test("no stale answer after an acknowledged write; an answer not showing the record stays cached", async () => {
  await ask(replicaA, ONE, { id: created });
  expect((await ask(replicaA, ONE, { id: created })).cache).toBe("HIT");
  expect((await ask(replicaA, ONE, { id: "org-rc-tyumen" })).cache).toBe("HIT");
  await write(replicaA, RENAME, { id: created, name: "Клуб любителей свежих данных" });
  const after = await ask(replicaA, ONE, { id: created });
  expect(after.data.organization.name).toBe("Клуб любителей свежих данных");
  expect((await ask(replicaA, ONE, { id: "org-rc-tyumen" })).cache).toBe("HIT");
});

test("a write through replica A reaches replica B's cache within the poll interval", async () => {
  // B keeps no answer whose execution overlapped its reading of A's previous write: it may
  // take a poll before B keeps one.
  let cached: Answer | undefined;
  await waitFor("replica B to keep the answer", async () => {
    cached = await ask(replicaB, ONE, { id: created });
    return cached.cache === "HIT";
  });
  expect(cached!.data.organization.name).toBe("Клуб любителей свежих данных");
  await write(replicaA, RENAME, { id: created, name: "Клуб двух шлюзов" });
  const acknowledged = Date.now();
  // The documented window is one poll (250 ms) and a read of the table; the slack is for CI.
  await waitFor(
    "replica B to answer the new name",
    async () =>
      (await ask(replicaB, ONE, { id: created })).data.organization.name === "Клуб двух шлюзов",
    POLL_MS + 5_000,
  );
  process.stdout.write(`replica B saw the write ${Date.now() - acknowledged} ms after it\n`);
});

test("organisations a register import creates through the programmes subgraph are in the next answer", async () => {
  await ask(replicaA, ALL);
  const before = await ask(replicaA, ALL);
  expect(before.cache).toBe("HIT");
  const row = {
    row: 2,
    entryNumber: "K-1",
    decisionDate: "01.02.2024",
    supportBody: "Департамент",
    name: "АНО «Кэш без устаревших ответов»",
    inn: withInnCheckDigit("459999999"),
    supportForm: "консультационная",
  };
  const data = await write(replicaA, IMPORT, { rows: [row] });
  expect(data.importRegister).toEqual({ created: 1, rejected: 0 });
  const after = await ask(replicaA, ALL);
  expect(after.data.organizations.totalCount).toBe(before.data.organizations.totalCount + 1);
});
