import { loadGatewayConfig } from "../gateway/config";
import { loadSubgraphConfig } from "../subgraphs/shared/subgraph-config";
import { errorCodes, graphql } from "./support/graphql";
import { freePort, healthy, spawnEntry, waitFor } from "./support/spawned";
import { productionKeyEnv } from "../tools/process-env";

const SECRET = "a-configured-secret-of-at-least-32-characters";
type Env = Record<string, string>;
/** Each process with keys of its own: what production requires, and what lifts the loopback rule. */
const processes: [
  string,
  (env: Env) => { host: string; introspection?: boolean; http?: unknown },
  Env,
][] = [
  [
    "subgraph",
    (env) => loadSubgraphConfig("regions", 4001, env),
    { GATEWAY_JWKS_URL: "https://gateway.example.org/.well-known/jwks.json" },
  ],
  [
    "gateway",
    (env) => loadGatewayConfig([], env),
    { AUTH_JWT_SECRET: SECRET, GATEWAY_SIGNING_KEYS_FILE: "/run/secrets/gateway-signing.json" },
  ],
];

describe.each(processes)("the %s's production posture", (_name, load, keys) => {
  it("listens on 127.0.0.1 only while a public development key is in use", () => {
    expect(load({}).host).toBe("127.0.0.1");
    expect(load({ HOST: "::1" }).host).toBe("::1");
    expect(() => load({ HOST: "0.0.0.0" })).toThrow(
      /HOST must be a loopback address .* got "0\.0\.0\.0".*Configure real keys/,
    );
  });

  it("listens on every interface by default once its keys are configured", () => {
    expect(load(keys).host).toBe("0.0.0.0");
    expect(load({ ...keys, HOST: "10.0.0.5" }).host).toBe("10.0.0.5");
  });

  it("turns introspection off in production unless INTROSPECTION=true", () => {
    expect(load({}).introspection).toBe(true);
    expect(load({ NODE_ENV: "production", ...keys }).introspection).toBe(false);
    const enabled = { NODE_ENV: "production", ...keys, INTROSPECTION: "true" };
    expect(load(enabled).introspection).toBe(true);
    expect(() => load({ INTROSPECTION: "maybe" })).toThrow(
      'INTROSPECTION must be true or false, got "maybe"',
    );
  });

  it("reads the HTTP limits, naming a bad value", () => {
    expect(load({}).http).toEqual({
      maxBodyBytes: 1024 * 1024,
      maxResponseBytes: 10 * 1024 * 1024,
      shutdownGraceMs: 10_000,
      shutdownDelayMs: 0,
    });
    expect(load({ SHUTDOWN_DELAY_MS: "0" }).http).toMatchObject({ shutdownDelayMs: 0 });
    expect(load({ SHUTDOWN_DELAY_MS: "6000" }).http).toMatchObject({ shutdownDelayMs: 6000 });
    expect(() => load({ SHUTDOWN_DELAY_MS: "6s" })).toThrow(
      'SHUTDOWN_DELAY_MS must be a whole number of milliseconds (0 or more), got "6s"',
    );
    expect(() => load({ MAX_BODY_BYTES: "1MB" })).toThrow(
      'MAX_BODY_BYTES must be a positive whole number, got "1MB"',
    );
  });
});

describe("refusing an exposed development setup at start", () => {
  it.each([["subgraphs/regions/index.ts"], ["tools/start-all.ts"]])(
    "%s exits 1 naming HOST and what to set",
    async (entry) => {
      const started = spawnEntry(entry, {
        HOST: "0.0.0.0",
        AUTH_JWT_SECRET: "",
        REGIONS_PORT: "0",
      });
      const { code } = await started.exited;
      expect(code).toBe(1);
      expect(started.output()).toContain("HOST must be a loopback address");
      expect(started.output()).toContain("Configure real keys");
    },
    30_000,
  );
});

describe("a gateway process in production", () => {
  it("refuses introspection", async () => {
    const port = await freePort();
    const gateway = spawnEntry("gateway/index.ts", {
      ...(await productionKeyEnv()),
      HOST: "127.0.0.1",
      GATEWAY_PORT: String(port),
    });
    try {
      await waitFor("the gateway to answer /health", () => healthy(port));
      const response = await graphql(
        `http://127.0.0.1:${port}/graphql`,
        "{ __schema { queryType { name } } }",
      );
      expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(response.errors![0].message).toContain("introspection");
    } finally {
      gateway.child.kill("SIGTERM");
    }
    expect((await gateway.exited).code).toBe(0);
  }, 60_000);
});
