import { loadGatewayConfig } from "../gateway/config";
import { loadSubgraphConfig } from "../subgraphs/shared/subgraph-config";
import { errorCodes, graphql } from "./support/graphql";
import { freePort, healthy, spawnEntry, waitFor } from "./support/spawned";

const SECRET = "a-configured-secret-of-at-least-32-characters";
const loaders = {
  subgraph: (env: Record<string, string>) => loadSubgraphConfig("regions", 4001, env),
  gateway: (env: Record<string, string>) => loadGatewayConfig([], env),
};

describe.each(Object.entries(loaders))("the %s's production posture", (_name, load) => {
  it("listens on 127.0.0.1 only while the public development secret is in use", () => {
    expect(load({}).host).toBe("127.0.0.1");
    expect(load({ HOST: "::1" }).host).toBe("::1");
    expect(() => load({ HOST: "0.0.0.0" })).toThrow(
      /HOST must be a loopback address .* got "0\.0\.0\.0".*Set AUTH_JWT_SECRET/,
    );
  });

  it("listens on every interface by default once a secret is configured", () => {
    expect(load({ AUTH_JWT_SECRET: SECRET }).host).toBe("0.0.0.0");
    expect(load({ AUTH_JWT_SECRET: SECRET, HOST: "10.0.0.5" }).host).toBe("10.0.0.5");
  });

  it("turns introspection off in production unless INTROSPECTION=true", () => {
    expect(load({}).introspection).toBe(true);
    expect(load({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET }).introspection).toBe(false);
    const enabled = { NODE_ENV: "production", AUTH_JWT_SECRET: SECRET, INTROSPECTION: "true" };
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
    });
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
      expect(started.output()).toContain("AUTH_JWT_SECRET");
    },
    30_000,
  );
});

describe("a gateway process in production", () => {
  it("refuses introspection", async () => {
    const port = await freePort();
    const gateway = spawnEntry("gateway/index.ts", {
      NODE_ENV: "production",
      AUTH_JWT_SECRET: SECRET,
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
