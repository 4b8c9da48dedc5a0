import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { errorCodes, type GraphQLResponse } from "./support/graphql";
import { processesOver, type Processes } from "./support/processes";
import { postgresBin, startPostgresServer, type PostgresServer } from "./support/postgres-server";
import { spawnEntry, waitFor, type SpawnedProcess } from "./support/spawned";
import { bearer, subgraphBearer } from "./support/subgraph";

/**
 * PostgreSQL stopped (`pg_ctl stop -m fast`) under a steady stream of writes and reads through a
 * gateway process to an organizations subgraph process, then started again: during the outage
 * every failure is a clean, retryable error, and afterwards the same processes serve again, every
 * acknowledged write is stored and no refused one left a row.
 */
const bin = postgresBin();
if (!bin) console.warn("database-outage.test.ts skipped: no PostgreSQL binaries (initdb) here");
const describeWithPostgres = bin ? describe : describe.skip;

const supergraphSdl = readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8");
const DEAD = "http://127.0.0.1:9/graphql";

interface Attempt {
  name: string;
  response: GraphQLResponse;
  at: "before" | "during" | "after";
}

/** POSTs and keeps the status and headers beside the body. */
async function post(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as GraphQLResponse & {
    errors: NonNullable<GraphQLResponse["errors"]>;
  };
  return { status: response.status, headers: response.headers, body };
}

const createQuery = (name: string) =>
  `mutation { createOrganization(input: { name: "${name}", kind: NGO, regionCode: "RU-TYU" }) { id } }`;
const READ = `{ organizations(first: 1) { totalCount } }`;

/** A retryable outage error, as the subgraph sends it or as the gateway's open circuit does. */
function expectCleanFailure(response: GraphQLResponse): void {
  expect(errorCodes(response)).not.toContain("INTERNAL_SERVER_ERROR");
  for (const error of response.errors!) {
    expect(["DATABASE_UNAVAILABLE", "SUBGRAPH_UNAVAILABLE"]).toContain(error.extensions?.code);
    if (error.extensions?.code === "SUBGRAPH_UNAVAILABLE")
      expect(error.extensions).toMatchObject({ reason: "circuit open", retryable: true });
    else expect(typeof error.extensions?.retryable).toBe("boolean");
  }
}

describeWithPostgres("a PostgreSQL outage under steady writes and reads", () => {
  let server: PostgresServer;
  const started: Processes[] = [];
  let organizations: SpawnedProcess | undefined;
  let subgraph: string;
  let gateway: string;

  beforeAll(async () => {
    server = await startPostgresServer(bin!);
    // Spawned with its output kept, to read its log; nothing restarts it if it dies.
    organizations = spawnEntry("subgraphs/organizations/index.ts", {
      DATABASE_URL: server.url,
      ORGANIZATIONS_PORT: "0",
      HOST: "127.0.0.1",
    });
    const listening = () => / at (http:\/\/\S+\/graphql)/.exec(organizations!.output())?.[1];
    await waitFor("the organizations subgraph listening", () => Boolean(listening()), 90_000);
    subgraph = listening()!.replace("localhost", "127.0.0.1");
    // The gateway serves the whole supergraph; only organizations runs, the rest are not there.
    const gateways = processesOver(supergraphSdl, [
      { name: "organizations", url: subgraph },
      ...["regions", "events", "programmes", "volunteers"].map((name) => ({ name, url: DEAD })),
    ]);
    started.push(gateways);
    gateway = await gateways.startGateway({});
  }, 120_000);
  afterAll(async () => {
    await Promise.all(started.map((processes) => processes.stop()));
    if (organizations && organizations.child.exitCode === null) {
      organizations.child.kill("SIGTERM");
      await organizations.exited;
    }
    server?.remove();
  });

  it("fails cleanly while it is down and serves again, without a restart, once it is back", async () => {
    const coordinator = bearer("coordinator", "coordinator");
    const attempts: Attempt[] = [];
    const reads: Attempt[] = [];
    let phase: Attempt["at"] = "before";
    let stopped = false;
    const load = (async () => {
      for (let n = 0; !stopped; n += 1) {
        const name = `Сбой ${n}`;
        const at = phase;
        const write = await post(gateway, createQuery(name), coordinator);
        attempts.push({ name, at, response: write.body });
        reads.push({ name, at, response: (await post(gateway, READ, {})).body });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const ready = async () => (await fetch(subgraph.replace("/graphql", "/ready"))).status;
    const acknowledged = () => attempts.filter((attempt) => !attempt.response.errors).length;

    await waitFor("writes before the outage", () => acknowledged() >= 5, 60_000);
    server.stop();
    phase = "during";
    const during = () => attempts.filter((attempt) => attempt.at === "during");
    await waitFor("failed writes during the outage", () => during().length >= 8, 60_000);
    expect(await ready()).toBe(503);
    // Straight at the subgraph: HTTP 503 with Retry-After, and the code in the body.
    const direct = await post(
      subgraph,
      createQuery("Сбой напрямую"),
      await subgraphBearer("organizations", "coordinator", "coordinator"),
    );
    expect(direct.status).toBe(503);
    expect(direct.headers.get("retry-after")).toBe("5");
    expect(direct.body.errors[0].extensions).toMatchObject({
      code: "DATABASE_UNAVAILABLE",
      retryable: true,
    });

    server.start();
    phase = "after";
    const backAt = Date.now();
    await waitFor("the subgraph ready again", async () => (await ready()) === 200, 60_000);
    const readyAfterMs = Date.now() - backAt;
    const after = () => attempts.filter((attempt) => attempt.at === "after");
    let firstWriteAfterMs = 0;
    await waitFor(
      "a write acknowledged after the outage",
      () => {
        firstWriteAfterMs = Date.now() - backAt;
        return after().some((attempt) => !attempt.response.errors);
      },
      60_000,
    );
    await waitFor(
      "writes acknowledged after the outage",
      () => after().filter((attempt) => !attempt.response.errors).length >= 5,
      60_000,
    );
    stopped = true;
    await load;
    // Figures for docs/operator-kubernetes.md, not assertions.
    console.log(
      `after PostgreSQL started: subgraph ready in ${readyAfterMs} ms, first write through the gateway acknowledged in ${firstWriteAfterMs} ms`,
    );

    // During the outage every write and read failed, each cleanly; the gateway passed the
    // subgraph's code on (until its circuit opened, then its own retryable refusal).
    for (const attempt of during()) expectCleanFailure(attempt.response);
    const duringReads = reads.filter((read) => read.at === "during");
    for (const read of duringReads) expectCleanFailure(read.response);
    const codes = [...during(), ...duringReads].flatMap((attempt) => errorCodes(attempt.response));
    expect(codes).toContain("DATABASE_UNAVAILABLE");
    // Before and after, nothing but successes and outage errors.
    for (const attempt of [...attempts, ...reads].filter((a) => a.response.errors))
      expectCleanFailure(attempt.response);
    expect(reads.some((read) => read.at === "after" && !read.response.errors)).toBe(true);

    // The subgraph process lived through it (nothing here would restart it), and the pooled
    // connections the server ended while idle were logged and discarded, not fatal.
    expect(organizations!.child.exitCode).toBeNull();
    expect(organizations!.output()).toContain('"event":"database_pool_error"');
    // Every acknowledged write is stored; no write refused as retryable left a row.
    const client = new Client({ connectionString: server.url });
    await client.connect();
    try {
      const rows = await client.query<{ id: string; name: string }>(
        `SELECT id, name FROM organizations.organization WHERE name LIKE 'Сбой %'`,
      );
      const stored = new Map(rows.rows.map((row) => [row.name, row.id]));
      for (const attempt of attempts) {
        const created = attempt.response.data?.createOrganization;
        if (created) expect(stored.get(attempt.name)).toBe(created.id);
        const unknown = attempt.response.errors?.some((e) => e.extensions?.retryable === false);
        if (attempt.response.errors && !unknown) expect(stored.has(attempt.name)).toBe(false);
      }
    } finally {
      await client.end();
    }
  }, 180_000);

  it("says a write cut off during its commit may or may not be stored (retryable: false)", async () => {
    // A deferred trigger makes the commit of one organisation take seconds, and its connection
    // is ended (57P01, as a server shutting down ends it) while the commit waits.
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    try {
      await admin.query(`
        CREATE FUNCTION organizations.slow_commit() RETURNS trigger LANGUAGE plpgsql
          AS $$ BEGIN PERFORM pg_sleep(30); RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON organizations.organization
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.name = 'Медленная запись')
          EXECUTE FUNCTION organizations.slow_commit();
      `);
      const credential = await subgraphBearer("organizations", "coordinator", "coordinator");
      const write = post(subgraph, createQuery("Медленная запись"), credential);
      const committing = async () =>
        (
          await admin.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'COMMIT' AND wait_event = 'PgSleep'`,
          )
        ).rowCount === 1;
      await waitFor("the write's commit under way", committing, 30_000);
      const answer = await write;
      expect(answer.status).toBe(503);
      expect(answer.body.errors[0].extensions).toMatchObject({
        code: "DATABASE_UNAVAILABLE",
        retryable: false,
      });
      expect(answer.body.errors[0].message).toContain("may or may not have been saved");
      // The subgraph serves the next write on a fresh connection.
      const next = await post(subgraph, createQuery("Следующая запись"), credential);
      expect(next.body.errors).toBeUndefined();
    } finally {
      await admin.query(`DROP TRIGGER IF EXISTS slow_commit ON organizations.organization`);
      await admin.end();
    }
  }, 90_000);
});
