import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { environmentPrefix } from "../subgraphs/shared/subgraph-config";
import { errorCodes, graphql } from "./support/graphql";
import { listedSubgraphs } from "./support/listed";
import { freePort, healthy, spawnEntry, waitFor, type SpawnedProcess } from "./support/spawned";

/** Whatever supergraph.yaml lists: the core four, and any centre's subgraph added to it. */
const SUBGRAPHS = listedSubgraphs();
/** Enough representations for a response of about 7 MB, more than the kernel buffers hold. */
const LARGE_RESPONSE_ENTITIES = 50_000;

/** The pids start-all has logged for `name`, in order (each restart adds one). */
function pidsOf(output: string, name: string): number[] {
  const pattern = new RegExp(`"msg":"${name} started \\(pid (\\d+)\\)"`, "g");
  return [...output.matchAll(pattern)].map((match) => Number(match[1]));
}

/** Posts `body` and hands back the response unread, its socket paused, as a slow client would. */
function postAndPause(url: string, body: string): Promise<import("node:http").IncomingMessage> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.pause();
        resolve(response);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function readAll(response: import("node:http").IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    response.on("aborted", () => reject(new Error("the response was cut off")));
    response.on("error", reject);
    response.resume();
  });
}

describe("npm start (tools/start-all.ts) supervising the listed subgraphs and the gateway as real processes", () => {
  const dir = mkdtempSync(join(tmpdir(), "supervision-"));
  const ports: Record<string, number> = {};
  let startAll: SpawnedProcess;
  const url = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;

  beforeAll(async () => {
    for (const name of [...SUBGRAPHS, "gateway"]) ports[name] = await freePort();
    const env: Record<string, string> = {
      GATEWAY_PORT: String(ports.gateway),
      // The development identity provider starts too, on a port of its own.
      OIDC_DEV_PORT: String(await freePort()),
      // The large response below is one `_entities` call with 50,000 representations.
      MAX_BODY_BYTES: String(4 * 1024 * 1024),
      LIMIT_MAX_COST: String(100_000_000),
      REGISTRY_DATABASE: join(dir, "registry.sqlite"),
    };
    for (const name of SUBGRAPHS) {
      const prefix = environmentPrefix(name);
      env[`${prefix}_PORT`] = String(ports[name]);
      env[`${prefix}_URL`] = url(name);
      env[`${prefix}_DATABASE`] = join(dir, `${name}.sqlite`);
    }
    startAll = spawnEntry("tools/start-all.ts", env);
    await waitFor(
      "every process to answer /health",
      async () => {
        if (startAll.child.exitCode !== null) throw new Error(startAll.output());
        const states = await Promise.all(Object.values(ports).map(healthy));
        return states.every(Boolean);
      },
      90_000,
    );
  }, 120_000);

  afterAll(async () => {
    // Normally the last test has stopped everything; after a failure, the children notice
    // that their supervisor is gone (their IPC channel closes) and stop themselves.
    if (startAll?.child.exitCode === null) startAll.child.kill("SIGKILL");
  });

  it("restarts a subgraph killed with SIGKILL, while the gateway keeps answering the others", async () => {
    const [pid] = pidsOf(startAll.output(), "events");
    process.kill(pid, "SIGKILL");
    await waitFor("the death to be logged", () =>
      /events exited with signal SIGKILL .*restarting in 500 ms/.test(startAll.output()),
    );

    const meanwhile = await graphql(
      url("gateway"),
      '{ networks { name } region(code: "RU-TYU") { name } }',
    );
    expect(meanwhile.data!.networks.length).toBeGreaterThan(0);
    expect(meanwhile.data!.region.name).toBe("Тюменская область");

    await waitFor("a new events process", () => pidsOf(startAll.output(), "events").length === 2);
    expect(pidsOf(startAll.output(), "events")[1]).not.toBe(pid);
    await waitFor("the new events process to answer", () => healthy(ports.events));
    const back = await graphql(url("gateway"), "{ events(first: 1) { totalCount } }");
    expect(errorCodes(back)).toEqual([]);
    expect(back.data!.events.totalCount).toBeGreaterThan(0);
  }, 60_000);

  it("lets a large response finish when SIGTERM arrives mid-body, then every process exits 0", async () => {
    const representations = Array.from({ length: LARGE_RESPONSE_ENTITIES }, () => ({
      __typename: "Region",
      code: "RU-TYU",
    }));
    const body = JSON.stringify({
      query:
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code name nameEn capital timezone } } }",
      variables: { r: representations },
    });
    const response = await postAndPause(url("regions"), body);
    expect(response.statusCode).toBe(200);

    startAll.child.kill("SIGTERM");
    await waitFor("regions to start draining", () =>
      /"name":"regions".*"msg":"SIGTERM: draining/.test(startAll.output()),
    );
    // Draining: new connections are refused while the paused response is still being sent.
    await expect(fetch(url("regions"), { method: "POST" })).rejects.toThrow();

    const json = JSON.parse(await readAll(response));
    expect(json.data._entities).toHaveLength(LARGE_RESPONSE_ENTITIES);

    const { code } = await startAll.exited;
    expect(code).toBe(0);
    for (const name of [...SUBGRAPHS, "gateway"])
      expect(startAll.output()).toContain(`${name} stopped (code 0)`);
  }, 60_000);
});
