import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGatewayConfig } from "../gateway/config";
import { startGateway, type RunningGateway } from "../gateway/server";
import {
  createSubgraphSettings,
  loadSubgraphSettings,
  subgraphDefaults,
} from "../gateway/subgraph-settings";
import { graphql } from "./support/graphql";
import { startStubSubgraph, stubSupergraph, type StubSubgraph } from "./support/stub-subgraph";
import { testAuth } from "./support/subgraph";
import { waitFor } from "./support/spawned";

const settingsFile = (settings: unknown): string => {
  const file = join(mkdtempSync(join(tmpdir(), "subgraph-settings-")), "settings.json");
  writeFileSync(file, JSON.stringify(settings));
  return file;
};

describe("the subgraph settings store", () => {
  it("takes its defaults from the environment: core subgraphs, deadlines, breaker", () => {
    const store = loadSubgraphSettings({
      SUBGRAPH_TIMEOUT_MS: "3000",
      VOLUNTEERS_TIMEOUT_MS: "1500",
      BREAKER_FAILURES: "7",
      VOLUNTEERS_BREAKER_FAILURES: "2",
      BREAKER_OPEN_MS: "20000",
    });
    expect(store.get("events")).toEqual({
      core: true,
      timeoutMs: 3000,
      breaker: { failures: 7, openMs: 20000 },
    });
    expect(store.get("volunteers")).toEqual({
      core: false,
      timeoutMs: 1500,
      breaker: { failures: 2, openMs: 20000 },
    });
    expect(loadSubgraphSettings({}).get("regions")).toEqual({
      core: true,
      timeoutMs: 5000,
      breaker: { failures: 5, openMs: 10000 },
    });
    const custom = loadSubgraphSettings({ CORE_SUBGRAPHS: "regions, volunteers" });
    expect([custom.get("volunteers").core, custom.get("events").core]).toEqual([true, false]);
  });

  it("refuses a bad variable or file at start, naming it", () => {
    expect(() =>
      loadSubgraphSettings({ VOLUNTEERS_BREAKER_FAILURES: "many" }, ["volunteers"]),
    ).toThrow('VOLUNTEERS_BREAKER_FAILURES must be a positive whole number, got "many"');
    expect(() => loadGatewayConfig([], { BREAKER_OPEN_MS: "-1" })).toThrow(
      'BREAKER_OPEN_MS must be a positive whole number, got "-1"',
    );
    const bad = settingsFile({ volunteers: { timeoutMs: "soon" } });
    expect(() => loadGatewayConfig([], { SUBGRAPH_SETTINGS_FILE: bad })).toThrow(
      'SUBGRAPH_SETTINGS_FILE: volunteers.timeoutMs must be a number of milliseconds, got "soon"',
    );
    const unknown = settingsFile({ volunteers: { timeout: 100 } });
    expect(() => loadSubgraphSettings({ SUBGRAPH_SETTINGS_FILE: unknown })).toThrow(
      /unknown settings: timeout/,
    );
  });

  it("applies set() at once, tells its listeners, and refuses a bad value changing nothing", () => {
    const store = loadSubgraphSettings({});
    const changed: string[] = [];
    store.onChange((name) => changed.push(name));
    const before = store.get("volunteers");
    store.set("volunteers", { timeoutMs: 800, breaker: { failures: 3 } });
    expect(store.get("volunteers")).toEqual({
      core: false,
      timeoutMs: 800,
      breaker: { failures: 3, openMs: before.breaker.openMs },
    });
    expect(changed).toEqual(["volunteers"]);
    expect(() => store.set("volunteers", { timeoutMs: 0 })).toThrow(
      'settings of "volunteers".timeoutMs must be a positive whole number, got "0"',
    );
    expect(() => store.set("volunteers", { core: "yes" as never })).toThrow(/core must be true/);
    expect(store.get("volunteers").timeoutMs).toBe(800);
    expect(changed).toEqual(["volunteers"]);
  });

  it("reads the settings file again when it changes, keeping the settings when it turns bad", async () => {
    const file = settingsFile({ volunteers: { timeoutMs: 1000 } });
    const warnings: string[] = [];
    const store = createSubgraphSettings({
      defaults: subgraphDefaults({}),
      file: { path: file, pollMs: 20 },
      onRefused: (message) => warnings.push(message),
    });
    try {
      expect(store.get("volunteers").timeoutMs).toBe(1000);
      // The watcher compares with its first look at the file, taken just after the start.
      await new Promise((resolve) => setTimeout(resolve, 200));
      writeFileSync(file, JSON.stringify({ volunteers: { timeoutMs: 2000, core: true } }));
      await waitFor("the file's new deadline", () => store.get("volunteers").timeoutMs === 2000);
      expect(store.get("volunteers").core).toBe(true);
      writeFileSync(file, "{ half-written");
      await waitFor("the warning", () => warnings.length > 0);
      expect(warnings[0]).toMatch(/subgraph settings not reloaded.*cannot be read as JSON/);
      expect(store.get("volunteers").timeoutMs).toBe(2000);
      // What the registry sets wins over the file.
      store.set("volunteers", { timeoutMs: 300 });
      writeFileSync(file, JSON.stringify({ volunteers: { timeoutMs: 4000 } }));
      await waitFor("the file read again", () => store.get("volunteers").core === false);
      expect(store.get("volunteers").timeoutMs).toBe(300);
    } finally {
      store.close();
    }
  });
});

describe("a subgraph's deadline changed on a running gateway", () => {
  let stub: StubSubgraph;
  let gateway: RunningGateway;
  let file: string;
  const QUERY = "{ slowHello }";

  beforeAll(async () => {
    stub = await startStubSubgraph("slow");
    stub.behaviour.delayMs = 700;
    file = settingsFile({ slow: { timeoutMs: 5000 } });
    const config = loadGatewayConfig([], {
      SLOW_URL: stub.url,
      SUBGRAPH_SETTINGS_FILE: file,
      SUPERGRAPH_POLL_MS: "20",
    });
    gateway = await startGateway(
      {
        supergraphSdl: stubSupergraph([stub]),
        subgraphs: config.subgraphs,
        auth: testAuth,
        route: config.route,
        settings: config.settings,
      },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await gateway.close();
    gateway.settings.close();
    await stub.close();
  });

  it("waits as long as the settings say at each call: set() and the file, no restart", async () => {
    expect(await graphql(gateway.url, QUERY)).toEqual({ data: { slowHello: "hello from slow" } });

    gateway.settings.set("slow", { timeoutMs: 200 });
    const cut = await graphql(gateway.url, QUERY);
    expect(cut.data).toEqual({ slowHello: null });
    expect(cut.errors![0].extensions).toMatchObject({
      code: "SUBGRAPH_TIMEOUT",
      serviceName: "slow",
      timeoutMs: 200,
    });

    gateway.settings.set("slow", { timeoutMs: 5000 });
    expect((await graphql(gateway.url, QUERY)).errors).toBeUndefined();
  });

  it("takes a deadline written to SUBGRAPH_SETTINGS_FILE from the next call", async () => {
    // A fresh gateway's store: set() above is not in force in this one.
    const config = loadGatewayConfig([], {
      SLOW_URL: stub.url,
      SUBGRAPH_SETTINGS_FILE: file,
      SUPERGRAPH_POLL_MS: "20",
    });
    const second = await startGateway(
      {
        supergraphSdl: stubSupergraph([stub]),
        subgraphs: config.subgraphs,
        auth: testAuth,
        route: config.route,
        settings: config.settings,
      },
      0,
      "127.0.0.1",
    );
    try {
      expect((await graphql(second.url, QUERY)).errors).toBeUndefined();
      writeFileSync(file, JSON.stringify({ slow: { timeoutMs: 250 } }));
      await waitFor("the file read again", () => config.settings.get("slow").timeoutMs === 250);
      const cut = await graphql(second.url, QUERY);
      expect(cut.errors![0].extensions).toMatchObject({ code: "SUBGRAPH_TIMEOUT", timeoutMs: 250 });
    } finally {
      await second.close();
      config.settings.close();
    }
  });
});
