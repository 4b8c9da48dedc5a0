import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStack, type TestStack } from "./support/stack";
import { freePort, spawnEntry, waitFor, type SpawnedProcess } from "./support/spawned";

/** The processes whose parent is `pid`, read from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so cut after ")".
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** One request on a connection of its own, so the primary hands it to the next worker. */
function post(port: number, query: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode!, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const REGION = '{ region(code: "RU-TYU") { name } }';

describe("a gateway of several worker processes (GATEWAY_WORKERS)", () => {
  let stack: TestStack;
  let gateway: SpawnedProcess;
  let port: number;

  beforeAll(async () => {
    stack = await startStack();
    const file = join(mkdtempSync(join(tmpdir(), "supergraph-")), "supergraph.graphql");
    writeFileSync(file, stack.supergraphSdl);
    port = await freePort();
    gateway = spawnEntry(
      "gateway/index.ts",
      {
        GATEWAY_WORKERS: "2",
        REGIONS_URL: stack.subgraphs.regions.url,
        ORGANIZATIONS_URL: stack.subgraphs.organizations.url,
        EVENTS_URL: stack.subgraphs.events.url,
        PROGRAMMES_URL: stack.subgraphs.programmes.url,
      },
      ["--supergraph", file, "--port", String(port)],
    );
    await waitFor(
      "two workers serving",
      () => (gateway.output().match(/serving .* at http/g) ?? []).length >= 2,
      60_000,
    );
  }, 120_000);

  afterAll(async () => {
    if (gateway.child.exitCode === null) gateway.child.kill("SIGKILL");
    await stack.close();
  });

  it("serves one port from two worker processes and sums their metrics", async () => {
    expect(childrenOf(gateway.child.pid!)).toHaveLength(2);
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(port, REGION)));
    for (const { status, body } of answers) {
      expect(status).toBe(200);
      expect(JSON.parse(body).data.region.name).toBe("Тюменская область");
    }
    // Connections are handed to the workers in turn: each counted about half of the requests,
    // and /metrics, whichever worker answers it, reports them all.
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text());
    const served = metrics
      .split("\n")
      .filter((line) => line.startsWith("ngo_graph_requests_total{"))
      .reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);
    expect(served).toBeGreaterThanOrEqual(20);
    expect(metrics).toContain('service="gateway"');
  });

  it("starts another worker when one dies, and keeps answering", async () => {
    const [victim] = childrenOf(gateway.child.pid!);
    process.kill(victim, "SIGKILL");
    await waitFor(
      "a replacement worker",
      () => {
        const children = childrenOf(gateway.child.pid!);
        return children.length === 2 && !children.includes(victim);
      },
      60_000,
    );
    await waitFor(
      "the replacement serving",
      () => (gateway.output().match(/serving .* at http/g) ?? []).length >= 3,
      60_000,
    );
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(port, REGION)));
    expect(answers.map(({ status }) => status)).toEqual([200, 200, 200, 200]);
    expect(gateway.output()).toContain(`gateway worker ${victim} died (signal SIGKILL)`);
  });

  it("drains every worker and exits 0 on SIGTERM", async () => {
    const workers = childrenOf(gateway.child.pid!);
    gateway.child.kill("SIGTERM");
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(workers.filter(running)).toEqual([]);
  });

  it("refuses a GATEWAY_WORKERS that is not a count, naming it", async () => {
    const refused = spawnEntry("gateway/index.ts", { GATEWAY_WORKERS: "many" }, ["--port", "0"]);
    expect((await refused.exited).code).toBe(1);
    expect(refused.output()).toContain(
      'GATEWAY_WORKERS must be a whole number from 1 to 64, got "many"',
    );
  });
});

/** True while `pid` is a process that has not exited (a zombie has). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}
