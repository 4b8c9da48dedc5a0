import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ADDRESS_IN_USE_EXIT } from "../subgraphs/shared/process";
import { environmentPrefix } from "../subgraphs/shared/subgraph-config";
import { listedSubgraphs } from "./support/listed";
import { freePort, spawnEntry } from "./support/spawned";

/**
 * A second `npm start` while one runs: the ports are taken. It must stop at once, name each taken
 * port and what to do, and open no database (the live files stay untouched).
 */
describe("npm start when its ports are taken", () => {
  let held: Server;
  let port: number;
  beforeAll(async () => {
    held = createServer();
    await new Promise<void>((resolve) => held.listen(0, "127.0.0.1", resolve));
    port = (held.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => held.close(resolve)));

  it("exits 1 naming the taken port, before any process opens a database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ngo-graph-ports-"));
    const env: Record<string, string> = {
      GATEWAY_PORT: String(port),
      OIDC_DEV_PORT: String(await freePort()),
      REGISTRY_DATABASE: join(dir, "registry.sqlite"),
    };
    for (const name of listedSubgraphs()) {
      env[`${environmentPrefix(name)}_PORT`] = String(await freePort());
      env[`${environmentPrefix(name)}_DATABASE`] = join(dir, `${name}.sqlite`);
    }
    const started = spawnEntry("tools/start-all.ts", env);
    // It exits in about 2 s on an idle machine; the timer only ends a run that hangs.
    const timer = setTimeout(() => started.child.kill("SIGKILL"), 30_000);
    const { code } = await started.exited;
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(started.output()).toContain(`port ${port} on 127.0.0.1 (gateway) is taken`);
    expect(started.output()).toContain("GATEWAY_PORT");
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, "organizations.sqlite"))).toBe(false);
  }, 60_000);

  it("has a process that cannot bind exit with the code the supervisor never restarts", async () => {
    const regions = spawnEntry("subgraphs/regions/index.ts", {
      REGIONS_PORT: String(port),
      REGIONS_DATABASE: ":memory:",
    });
    const { code } = await regions.exited;
    expect(code).toBe(ADDRESS_IN_USE_EXIT);
    expect(regions.output()).toContain("EADDRINUSE");
  }, 60_000);
});
