import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JWKS_PATH } from "../gateway/token-endpoint";
import { backends } from "./support/backends";
import {
  environmentOf,
  makeStandIns,
  objectsOf,
  standIns,
  type Container,
  type PodSpec,
} from "./support/kubernetes";
import { freePort, spawnEntry, waitFor, type SpawnedProcess } from "./support/spawned";

/** The gateway and a release (migrate Job, then subgraphs) started as the national overlay starts them. */

beforeAll(makeStandIns);

function runCommand(container: Container, env: Record<string, string>): SpawnedProcess {
  const [, entry, ...args] = container.command ?? [];
  const source = /^dist\/(.+)\.js$/.exec(entry)?.[1];
  if (!source) throw new Error(`${container.name} does not run node dist/…: ${entry}`);
  return spawnEntry(`${source}.ts`, env, args);
}

async function answers(port: number, path: string): Promise<number> {
  return (await fetch(`http://127.0.0.1:${port}${path}`)).status;
}

/** True once `path` answers 200 (false while the process is not listening yet). */
async function answersOk(port: number, path: string): Promise<boolean> {
  return answers(port, path).then(
    (status) => status === 200,
    () => false,
  );
}

describe("the gateway as the national overlay starts it", () => {
  it("serves the mounted supergraph and publishes the public half of the mounted signing keys", async () => {
    const objects = objectsOf("national");
    const pod = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "gateway")?.spec
      ?.template?.spec as PodSpec;
    const [container] = pod.containers;
    const port = await freePort();
    const gateway = runCommand(container, {
      ...environmentOf(objects, pod, container),
      HOST: "127.0.0.1",
      GATEWAY_PORT: String(port),
      METRICS_PORT: String(await freePort()),
      // The registry's database stands in as a SQLite file, migrated as the Job would.
      REGISTRY_DATABASE_URL: "",
      REGISTRY_DATABASE: join(mkdtempSync(join(tmpdir(), "k8s-registry-")), "registry.sqlite"),
      MIGRATE: "true",
    });
    try {
      await waitFor("the gateway to answer /health", () => answersOk(port, "/health"));
      const published = await (await fetch(`http://127.0.0.1:${port}${JWKS_PATH}`)).json();
      expect(published).toEqual(JSON.parse(standIns["gateway-public-keys"]["jwks.json"]));
      gateway.child.kill("SIGTERM");
      expect(await gateway.exited).toEqual({ code: 0, signal: null });
    } finally {
      gateway.child.kill("SIGKILL");
    }
  }, 60_000);
});

const postgres = backends.find(([name]) => name === "PostgreSQL")?.[1];

// CI always has TEST_DATABASE_URL; without a PostgreSQL server the release cannot be played.
(postgres ? describe : describe.skip)("a release as the national overlay plays it", () => {
  it("holds a subgraph until the migrate Job has run, then serves it with MIGRATE=false", async () => {
    const objects = objectsOf("national");
    const databaseUrl = await postgres!.createDatabase();
    const podOf = (kind: string, name: string) =>
      objects.find((o) => o.kind === kind && o.metadata.name === name)?.spec?.template
        ?.spec as PodSpec;
    const job = podOf("Job", "migrate");
    const regions = podOf("Deployment", "regions");
    const [init] = regions.initContainers ?? [];
    const withDatabase = (pod: PodSpec, container: Container): Record<string, string> => ({
      ...environmentOf(objects, pod, container),
      DATABASE_URL: databaseUrl!,
    });

    // The init container holds the pod while a migration is pending, then lets it start.
    const before = runCommand(init, withDatabase(regions, init));
    expect((await before.exited).code).toBe(1);
    expect(before.output()).toContain("regions");
    const migrate = runCommand(job.containers[0], withDatabase(job, job.containers[0]));
    expect(await migrate.exited).toEqual({ code: 0, signal: null });
    for (const name of ["regions", "organizations", "events", "programmes"])
      expect(migrate.output()).toMatch(new RegExp(`${name} \\(.*\\): ran `));
    const after = runCommand(init, withDatabase(regions, init));
    expect(await after.exited).toEqual({ code: 0, signal: null });

    // The subgraph with the Deployment's own environment: ready once its database answers,
    // alive on /health, and gone cleanly within its grace on SIGTERM.
    const [container] = regions.containers;
    const port = await freePort();
    const env = withDatabase(regions, container);
    expect(env.MIGRATE).toBe("false");
    const server = runCommand(container, {
      ...env,
      HOST: "127.0.0.1",
      REGIONS_PORT: String(port),
      METRICS_PORT: String(await freePort()),
    });
    try {
      await waitFor("regions to be ready", () => answersOk(port, "/ready"));
      expect(await answers(port, "/health")).toBe(200);
      const stopped = Date.now();
      server.child.kill("SIGTERM");
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - stopped).toBeLessThan(
        (regions.terminationGracePeriodSeconds ?? 30) * 1000,
      );
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 120_000);
});
