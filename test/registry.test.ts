import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";
import { graphql } from "./support/graphql";
import { processesOver, type Processes } from "./support/processes";
import { spawnEntry, waitFor } from "./support/spawned";
import { bearer } from "./support/subgraph";

/**
 * The network's registry with real processes: the four core subgraphs and the volunteers guest
 * subgraph, two gateway replicas sharing one registry database (SQLite), publishing through
 * `npm run subgraph:*`'s HTTP routes and CLI.
 */
jest.setTimeout(240_000);

const KURGAN = bearer("org-rc-kurgan");
const TYUMEN = bearer("org-rc-tyumen");
const COORDINATOR = bearer("coordinator", "coordinator");
const CORE = ["regions", "organizations", "events", "programmes"];

let processes: Processes;
let gateways: string[] = [];
let volunteersUrl = "";
let env: Record<string, string> = {};
let sdl = "";

/** The gateway's base URL (without /graphql). */
const base = (gateway: string) => gateway.replace(/\/graphql$/, "");

async function registry(
  gateway: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = COORDINATOR,
) {
  const response = await fetch(`${base(gateway)}/registry${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Runs `npm run subgraph:<command>` as a process against the first gateway. */
async function cli(args: string[], token: string) {
  const run = spawnEntry("tools/subgraph.ts", {}, [
    ...args,
    "--gateway",
    base(gateways[0]),
    "--token",
    token,
  ]);
  const { code } = await run.exited;
  return { code, output: run.output() };
}

const tokenOf = (header: { authorization: string }) => header.authorization.slice("Bearer ".length);

const VOLUNTEERS_QUERY = `query OrganisationVolunteers { organization(id: "org-rc-tyumen") { name volunteers { name volunteerCount } } }`;

beforeAll(async () => {
  const root = findProjectRoot();
  const schemaDir = mkdtempSync(join(tmpdir(), "registry-schema-"));
  for (const file of readdirSync(join(root, "schema")).filter((f) => f.endsWith(".graphql")))
    copyFileSync(join(root, "schema", file), join(schemaDir, file));
  processes = processesOver("", []);
  const organizations = await processes.startSubgraph("organizations", {});
  const urls: Record<string, string> = { organizations };
  const others = [...CORE.filter((n) => n !== "organizations"), "volunteers"];
  const started = await Promise.all(
    others.map((name) => processes.startSubgraph(name, { ORGANIZATIONS_URL: organizations })),
  );
  others.forEach((name, index) => (urls[name] = started[index]));
  volunteersUrl = urls.volunteers;
  env = {
    ...Object.fromEntries(
      Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
    ),
    REGISTRY_DATABASE: join(mkdtempSync(join(tmpdir(), "registry-db-")), "registry.sqlite"),
    REGISTRY_POLL_MS: "200",
    USAGE_FLUSH_MS: "200",
    DRIFT_CHECK_MS: "300",
  };
  const supergraph = join(schemaDir, "supergraph.graphql");
  gateways = await Promise.all(
    [0, 1].map(() => processes.startGatewayWith(["--supergraph", supergraph, "--port", "0"], env)),
  );
  sdl = (await graphql<{ _service: { sdl: string } }>(volunteersUrl, "{ _service { sdl } }")).data!
    ._service.sdl;
});

afterAll(async () => {
  await processes?.stop();
});

test("the repository's core subgraphs are adopted at start, owned by the coordinator", async () => {
  const { status, body } = await registry(gateways[0], "/subgraphs");
  expect(status).toBe(200);
  expect(body.subgraphs.map((s: { name: string }) => s.name)).toEqual(CORE.slice().sort());
  expect(
    body.subgraphs.every(
      (s: { owner: string; liveVersion: number }) =>
        s.owner === "coordinator" && s.liveVersion === 1,
    ),
  ).toBe(true);
  // The second replica found the first one's work: one adoption, not two.
  const history = await registry(gateways[1], "/history");
  expect(history.body.supergraphs).toHaveLength(1);
});

test("only the coordinator registers a subgraph; bad input is refused with a code", async () => {
  const input = { name: "volunteers", url: volunteersUrl, owner: "org-rc-kurgan" };
  const refused = await registry(gateways[0], "/subgraphs", input, KURGAN);
  expect(refused.status).toBe(403);
  expect(refused.body.errors[0].extensions.code).toBe("FORBIDDEN");
  const bad = await registry(gateways[0], "/subgraphs", { ...input, name: "Bad Name" });
  expect(bad.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  const anonymous = await registry(gateways[0], "/subgraphs", input, {});
  expect(anonymous.status).toBe(401);
  const registered = await registry(gateways[0], "/subgraphs", input);
  expect(registered.status).toBe(200);
  expect(registered.body.subgraph).toMatchObject({ name: "volunteers", owner: "org-rc-kurgan" });
});

test("a publish is refused for a centre that does not own the subgraph, and nothing changes", async () => {
  const refused = await registry(gateways[0], "/subgraphs/volunteers/publish", { sdl }, TYUMEN);
  expect(refused.status).toBe(403);
  expect(refused.body.errors[0].extensions.code).toBe("FORBIDDEN");
  const versions = await registry(gateways[0], "/subgraphs/volunteers/versions");
  expect(versions.body.versions).toEqual([]);
});

test("the owner publishes with the CLI and both gateway replicas serve it within seconds", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "candidate-")), "volunteers.graphql");
  writeFileSync(file, sdl);
  const published = await cli(["publish", "volunteers", "--schema", file], tokenOf(KURGAN));
  expect(published.output).toContain("served: publish volunteers v1");
  expect(published.code).toBe(0);
  for (const gateway of gateways)
    await waitFor(
      `${gateway} serving volunteers`,
      async () => !(await graphql(gateway, VOLUNTEERS_QUERY)).errors,
      10_000,
    );
});

test("a removed field that recorded operations use is blocked, naming them; an unused one is allowed", async () => {
  for (let i = 0; i < 3; i += 1)
    await graphql(
      gateways[1],
      VOLUNTEERS_QUERY,
      {},
      {
        "apollographql-client-name": "ural-dashboard",
        "apollographql-client-version": "2.1",
      },
    );
  await new Promise((resolve) => setTimeout(resolve, 600));
  const withoutCount = sdl.replace(/\n\s*volunteerCount: Int!\n/, "\n");
  expect(withoutCount).not.toEqual(sdl);
  const blocked = await cli(
    ["check", "volunteers", "--schema", file(withoutCount)],
    tokenOf(KURGAN),
  );
  expect(blocked.code).toBe(1);
  expect(blocked.output).toMatch(/\[breaking\] BLOCKING: .*VolunteerGroup\.volunteerCount/);
  expect(blocked.output).toContain("used by OrganisationVolunteers (recorded");
  expect(blocked.output).toContain("by ural-dashboard 2.1");
  const withoutActivities = sdl.replace(/\n\s*activities: \[String!\]!\n/, "\n");
  const allowed = await registry(
    gateways[0],
    "/subgraphs/volunteers/check",
    { sdl: withoutActivities },
    KURGAN,
  );
  const change = allowed.body.report.changes.find(
    (c: { path: string }) => c.path === "VolunteerGroup.activities",
  );
  expect(change).toMatchObject({ level: "breaking", blocking: false, operations: [] });
  expect(allowed.body.report.blocking).toBe(false);
});

test("redefining another subgraph's EventFilter is caught even though it composes", async () => {
  const redefined = `${sdl}\ninput EventFilter {\n  regionCodes: [ID!]!\n}\n`;
  const refused = await registry(
    gateways[0],
    "/subgraphs/volunteers/publish",
    { sdl: redefined },
    KURGAN,
  );
  expect(refused.status).toBe(422);
  expect(refused.body.errors[0].extensions.code).toBe("CHECK_FAILED");
  const changes = refused.body.errors[0].extensions.report.changes as any[];
  const touched = changes.filter((c) => c.path?.startsWith("EventFilter") && c.blocking);
  expect(touched.length).toBeGreaterThan(0);
  expect(touched.some((c) => c.ownedBy.includes("events"))).toBe(true);
  // The dashboard's shipped search operation is named as one it would break.
  expect(JSON.stringify(touched)).toContain("dashboard/src/queries");
  const versions = await registry(gateways[0], "/subgraphs/volunteers/versions");
  expect(versions.body.versions).toHaveLength(1);
});

test("rollback returns every replica to an earlier version", async () => {
  // v2 drops a field no operation uses (allowed); v1 has it again.
  const withoutActivities = sdl.replace(/\n\s*activities: \[String!\]!\n/, "\n");
  const v2 = await registry(
    gateways[0],
    "/subgraphs/volunteers/publish",
    { sdl: withoutActivities },
    KURGAN,
  );
  expect(v2.status).toBe(200);
  expect(v2.body.supergraph.cause).toBe("publish volunteers v2");
  const activities = `{ volunteerGroups(first: 1) { edges { node { activities } } } }`;
  const served = async (gateway: string) => !(await graphql(gateway, activities)).errors;
  for (const gateway of gateways)
    await waitFor(`${gateway} on v2`, async () => !(await served(gateway)), 10_000);
  // The running subgraph still has the field: it drifted from what its owner published.
  await waitFor(
    "the drift in /ready",
    async () => {
      const details = (await (await fetch(`${base(gateways[1])}/ready`)).json()) as any;
      return JSON.stringify(details.drift ?? {}).includes("volunteers");
    },
    10_000,
  );
  const rolledBack = await cli(["rollback", "volunteers", "--version", "1"], tokenOf(KURGAN));
  expect(rolledBack.output).toContain("rollback volunteers to v1");
  expect(rolledBack.code).toBe(0);
  for (const gateway of gateways)
    await waitFor(`${gateway} back on v1`, () => served(gateway), 10_000);
  const other = await registry(
    gateways[0],
    "/subgraphs/volunteers/rollback",
    { version: 2 },
    TYUMEN,
  );
  expect(other.body.errors[0].extensions.code).toBe("FORBIDDEN");
});

/** Writes a candidate SDL to a file of its own. */
function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "candidate-")), "volunteers.graphql");
  writeFileSync(path, text);
  return path;
}

test("a deadline the coordinator registers applies on every replica without a restart", async () => {
  const volunteers = `{ volunteerGroups(first: 1) { totalCount } }`;
  const code = async (gateway: string) =>
    (await graphql(gateway, volunteers)).errors?.[0]?.extensions?.code as string | undefined;
  const input = { name: "volunteers", url: volunteersUrl, owner: "org-rc-kurgan" };
  expect((await registry(gateways[0], "/subgraphs", { ...input, timeoutMs: 1 })).status).toBe(200);
  for (const gateway of gateways)
    await waitFor(
      `${gateway} with a 1 ms deadline`,
      async () => (await code(gateway)) === "SUBGRAPH_TIMEOUT",
      10_000,
    );
  await registry(gateways[0], "/subgraphs", { ...input, timeoutMs: 15_000 });
  for (const gateway of gateways)
    await waitFor(
      `${gateway} with the deadline back`,
      async () => (await code(gateway)) === undefined,
      10_000,
    );
});
