import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGatewayConfig } from "../gateway/config";
import { createDatabase } from "../subgraphs/shared/data-source";
import { ConfigError } from "../subgraphs/shared/env";
import { loadSubgraphConfig } from "../subgraphs/shared/subgraph-config";
import { entryArgs } from "./support/entry";

/** A signing key, so HOST may name other interfaces than loopback. */
/** Keys of their own for each process, so HOST may name any interface. */
const SECRET = {
  AUTH_JWT_SECRET: "a-test-secret-of-more-than-32-characters",
  GATEWAY_SIGNING_KEYS_FILE: "/run/secrets/gateway-signing.json",
  GATEWAY_JWKS_URL: "https://gateway.example.org/.well-known/jwks.json",
};
const folder = mkdtempSync(join(tmpdir(), "ngo-graph-config-"));

function refusal(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("the configuration was accepted");
}

describe("the gateway's supergraph file", () => {
  it("is refused when missing, naming SUPERGRAPH_PATH and the path", () => {
    const missing = join(folder, "missing.graphql");
    expect(refusal(() => loadGatewayConfig([], { SUPERGRAPH_PATH: missing }))).toBe(
      `SUPERGRAPH_PATH names a file that does not exist, got "${missing}"`,
    );
  });

  it("is refused when it is a folder, naming the flag it came from", () => {
    expect(refusal(() => loadGatewayConfig([], { SUPERGRAPH_PATH: folder }))).toBe(
      `SUPERGRAPH_PATH must name a file, not a folder, got "${folder}"`,
    );
    expect(refusal(() => loadGatewayConfig(["--supergraph", folder], {}))).toMatch(
      /^--supergraph must name a file/,
    );
  });

  const root = process.getuid?.() === 0;
  // Root reads any file whatever its mode, so there is nothing to refuse when tests run as root.
  (root ? it.skip : it)("is refused when this process may not read it", () => {
    const locked = join(folder, "locked.graphql");
    writeFileSync(locked, "", { mode: 0o000 });
    expect(refusal(() => loadGatewayConfig([], { SUPERGRAPH_PATH: locked }))).toMatch(
      /^SUPERGRAPH_PATH names a file this process may not read/,
    );
  });

  it("is taken when it is a readable file, relative to the working folder", () => {
    const config = loadGatewayConfig([], { SUPERGRAPH_PATH: "schema/supergraph.graphql" });
    expect(config.supergraphPath).toBe(join(process.cwd(), "schema", "supergraph.graphql"));
  });
});

describe("HOST", () => {
  it.each(["not a host", "999.1.1.1", "gateway.example", "http://0.0.0.0"])(
    "refuses %j in the gateway and in a subgraph, naming the variable and the value",
    (host) => {
      const message = `HOST must be an IP address to listen on (0.0.0.0, 127.0.0.1, ::) or localhost, got "${host}"`;
      expect(refusal(() => loadGatewayConfig([], { ...SECRET, HOST: host }))).toBe(message);
      expect(refusal(() => loadSubgraphConfig("events", 4003, { ...SECRET, HOST: host }))).toBe(
        message,
      );
    },
  );

  it.each(["0.0.0.0", "::", "10.1.2.3", "localhost"])("takes %j", (host) => {
    expect(loadGatewayConfig([], { ...SECRET, HOST: host }).host).toBe(host);
    expect(loadSubgraphConfig("events", 4003, { ...SECRET, HOST: host }).host).toBe(host);
  });
});

describe("a subgraph's database settings", () => {
  it.each(["DATABASE_URL", "EVENTS_DATABASE_URL"])(
    "%s takes only postgres:// and postgresql:// URLs, and hides the password when it refuses one",
    (name) => {
      expect(
        refusal(() => loadSubgraphConfig("events", 4003, { [name]: "mysql://u:pw@db/x" })),
      ).toBe(
        `${name} must be a PostgreSQL URL (postgres://… or postgresql://…), got "mysql://u:***@db/x"`,
      );
      expect(refusal(() => loadSubgraphConfig("events", 4003, { [name]: "db.example" }))).toMatch(
        new RegExp(`^${name} must be a PostgreSQL URL`),
      );
      for (const url of ["postgres://u@db:5432/x", "postgresql://u@db/x"])
        expect(loadSubgraphConfig("events", 4003, { [name]: url }).database.url).toBe(url);
    },
  );

  it("prefers <NAME>_DATABASE_URL to DATABASE_URL", () => {
    const env = { DATABASE_URL: "postgres://all/x", EVENTS_DATABASE_URL: "postgres://events/x" };
    expect(loadSubgraphConfig("events", 4003, env).database.url).toBe("postgres://events/x");
  });

  it("bounds the PostgreSQL pool by DATABASE_POOL_SIZE and DATABASE_CONNECT_TIMEOUT_MS", () => {
    const url = { DATABASE_URL: "postgres://u@db/x" };
    expect(loadSubgraphConfig("events", 4003, url).database.pool).toEqual({
      size: 10,
      connectTimeoutMs: 4000,
    });
    const env = { ...url, DATABASE_POOL_SIZE: "4", DATABASE_CONNECT_TIMEOUT_MS: "1500" };
    const pool = { size: 4, connectTimeoutMs: 1500 };
    const settings = loadSubgraphConfig("events", 4003, env).database;
    expect(settings.pool).toEqual(pool);
    // The pool TypeORM is given (pg's connectionTimeoutMillis and max).
    const { dataSource } = createDatabase(settings, []);
    expect(dataSource.options).toMatchObject({ poolSize: 4, connectTimeoutMS: 1500 });
    for (const [name, value] of [
      ["DATABASE_POOL_SIZE", "0"],
      ["DATABASE_CONNECT_TIMEOUT_MS", "soon"],
    ])
      expect(refusal(() => loadSubgraphConfig("events", 4003, { ...url, [name]: value }))).toBe(
        `${name} must be a positive whole number, got "${value}"`,
      );
  });

  it("refuses a <NAME>_DATABASE file in a folder that does not exist, and creates nothing", () => {
    const file = join(folder, "no-such-folder", "events.sqlite");
    expect(refusal(() => loadSubgraphConfig("events", 4003, { EVENTS_DATABASE: file }))).toBe(
      `EVENTS_DATABASE must be in a folder that exists ("${join(folder, "no-such-folder")}" does not), got "${file}"`,
    );
    expect(existsSync(join(folder, "no-such-folder"))).toBe(false);
  });

  it("takes a <NAME>_DATABASE file in an existing folder, and :memory:", () => {
    const file = join(folder, "events.sqlite");
    const settings = loadSubgraphConfig("events", 4003, { EVENTS_DATABASE: file }).database;
    expect(settings).toMatchObject({ sqlitePath: file, schema: "events" });
    expect(settings.createFolder).toBeFalsy();
    const memory = { EVENTS_DATABASE: ":memory:" };
    expect(loadSubgraphConfig("events", 4003, memory).database.sqlitePath).toBe(":memory:");
  });

  it("creates only the default .data/ folder", () => {
    const settings = loadSubgraphConfig("events", 4003, {}).database;
    expect(settings.sqlitePath).toBe(join(process.cwd(), ".data", "events.sqlite"));
    expect(settings.createFolder).toBe(true);

    const configured = join(folder, "configured", "events.sqlite");
    createDatabase({ sqlitePath: configured, schema: "events", logSql: false }, []);
    expect(existsSync(join(folder, "configured"))).toBe(false);
    const fallback = join(folder, "default", "events.sqlite");
    createDatabase(
      { sqlitePath: fallback, schema: "events", logSql: false, createFolder: true },
      [],
    );
    expect(existsSync(join(folder, "default"))).toBe(true);
  });
});

describe("the gateway process with a bad supergraph file", () => {
  async function start(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
    const child = spawn(process.execPath, [...entryArgs("gateway/index.ts"), "--port", "0"], {
      env: { ...process.env, ...env },
      stdio: "pipe",
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, "exit");
    return { code, stderr: stderr.trim() };
  }

  it("exits 1 with one line naming SUPERGRAPH_PATH and the missing file", async () => {
    const missing = join(folder, "missing.graphql");
    expect(await start({ SUPERGRAPH_PATH: missing })).toEqual({
      code: 1,
      stderr: `[gateway] configuration error: SUPERGRAPH_PATH names a file that does not exist, got "${missing}"`,
    });
  });

  it("exits 1 with one line naming a file that is not a supergraph", async () => {
    const empty = join(folder, "empty.graphql");
    writeFileSync(empty, "");
    const { code, stderr } = await start({ SUPERGRAPH_PATH: empty });
    expect(code).toBe(1);
    expect(stderr.split("\n")).toEqual([
      `[gateway] failed to start: "${empty}" is not a supergraph the gateway can serve: Syntax Error: Unexpected <EOF>.`,
    ]);
  });
});

describe("command-line flags", () => {
  it("reads --port N and --supergraph=FILE, and refuses an unknown flag or a missing value", () => {
    const file = join(mkdtempSync(join(tmpdir(), "flags-")), "supergraph.graphql");
    writeFileSync(file, "# a file");
    const config = loadGatewayConfig(["--port", "4100", `--supergraph=${file}`], {});
    expect(config).toMatchObject({ port: 4100, supergraphPath: file });
    expect(() => loadGatewayConfig(["--prot", "4100"], {})).toThrow(/Unknown option '--prot'/);
    expect(() => loadGatewayConfig(["--port"], {})).toThrow(/'--port <value>' argument missing/);
    expect(() => loadGatewayConfig(["--port", "http"], {})).toThrow(/--port.*"http"/);
  });
});
