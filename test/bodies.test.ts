import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sqlite3 from "sqlite3";
import { errorCodes, graphql } from "./support/graphql";
import { healthy, spawnEntry, waitFor, type SpawnedProcess } from "./support/spawned";

const MiB = 1024 * 1024;
const SUBGRAPH_RESPONSE_LIMIT = 10_000;
const GATEWAY_RESPONSE_LIMIT = 3_000;
const UNREACHABLE = "http://127.0.0.1:9/graphql";

/** What a raw TCP client saw: the bytes received, and the socket error if the connection broke. */
interface RawExchange {
  text: string;
  socketError?: string;
}

/**
 * Sends `head` and `body` as they are (lies included) and reads until the server closes. With
 * `hangUpAfterResponse`, the client closes as soon as one whole response has arrived, as a
 * client that sent only headers and got its answer would.
 */
function rawExchange(
  port: number,
  head: string,
  body = "",
  hangUpAfterResponse = false,
): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const result: RawExchange = { text: "" };
    socket.on("data", (chunk: Buffer) => {
      result.text += chunk.toString();
      const length = /content-length: (\d+)/i.exec(result.text)?.[1];
      const bodyStart = result.text.indexOf("\r\n\r\n") + 4;
      if (hangUpAfterResponse && length && result.text.length - bodyStart >= Number(length))
        socket.end();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => (result.socketError = error.code));
    socket.on("close", () => resolve(result));
    socket.write(head);
    if (body) socket.write(body);
  });
}

function bodyOf(exchange: RawExchange): Record<string, any> {
  return JSON.parse(exchange.text.slice(exchange.text.indexOf("\r\n\r\n") + 4));
}

function post(url: string, body: string | ReadableStream, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

/** The port a started process logs that it serves GraphQL on ("… at http://host:port/graphql"). */
async function listeningPort(started: SpawnedProcess): Promise<number> {
  let port = 0;
  await waitFor(
    "the process to listen",
    () => {
      if (started.child.exitCode !== null)
        throw new Error(`the process exited:\n${started.output()}`);
      port = Number(/ at http:\/\/[^:/\s]+:(\d+)\/graphql/.exec(started.output())?.[1] ?? 0);
      return port > 0;
    },
    60_000,
  );
  return port;
}

describe("bodies, responses and errors at the HTTP edge (real processes)", () => {
  const dir = mkdtempSync(join(tmpdir(), "bodies-"));
  const database = join(dir, "regions.sqlite");
  let regions: SpawnedProcess;
  let gateway: SpawnedProcess;
  let regionsPort: number;
  let gatewayPort: number;
  let regionsUrl: string;
  let gatewayUrl: string;

  beforeAll(async () => {
    // Each process takes a free port itself (port 0) and the test reads it from its ready line:
    // a port picked in advance can be taken by another suite's process before this one binds.
    regions = spawnEntry("subgraphs/regions/index.ts", {
      REGIONS_PORT: "0",
      REGIONS_DATABASE: database,
      MAX_RESPONSE_BYTES: String(SUBGRAPH_RESPONSE_LIMIT),
    });
    regionsPort = await listeningPort(regions);
    regionsUrl = `http://127.0.0.1:${regionsPort}/graphql`;
    gateway = spawnEntry("gateway/index.ts", {
      GATEWAY_PORT: "0",
      REGIONS_URL: regionsUrl,
      ORGANIZATIONS_URL: UNREACHABLE,
      EVENTS_URL: UNREACHABLE,
      PROGRAMMES_URL: UNREACHABLE,
      MAX_RESPONSE_BYTES: String(GATEWAY_RESPONSE_LIMIT),
    });
    gatewayPort = await listeningPort(gateway);
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    await waitFor("both processes to answer /health", async () => {
      if (regions.child.exitCode !== null || gateway.child.exitCode !== null)
        throw new Error(`a process exited:\n${regions.output()}\n${gateway.output()}`);
      return (await healthy(regionsPort)) && (await healthy(gatewayPort));
    });
  }, 60_000);

  afterAll(async () => {
    regions?.child.kill("SIGTERM");
    gateway?.child.kill("SIGTERM");
    await Promise.all([regions?.exited, gateway?.exited]);
  });

  it.each([
    ["the gateway", () => gatewayUrl],
    ["a subgraph", () => regionsUrl],
  ])(
    "answers a 10 MB body sent to %s with HTTP 413 and a JSON error naming the limit",
    async (_name, url) => {
      const body = JSON.stringify({
        query: "{ regions { code } }",
        padding: "x".repeat(10_000_000),
      });
      const response = await post(url(), body);
      expect(response.status).toBe(413);
      expect(response.headers.get("x-request-id")).toBeTruthy();
      const json = (await response.json()) as Record<string, any>;
      expect(json.errors[0].extensions).toEqual({
        code: "PAYLOAD_TOO_LARGE",
        limit: MiB,
        declared: Buffer.byteLength(body),
      });
      expect(json.errors[0].message).toContain("MAX_BODY_BYTES");
    },
  );

  it("counts the bytes of a body that declares no length (chunked) and refuses it past the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(MiB));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await post(gatewayUrl, stream);
    expect(response.status).toBe(413);
    const json = (await response.json()) as Record<string, any>;
    expect(json.errors[0].extensions).toEqual({ code: "PAYLOAD_TOO_LARGE", limit: MiB });
  });

  it("answers a Content-Length over the limit with 413 before a byte of the body is sent", async () => {
    const exchange = await rawExchange(
      gatewayPort,
      "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n",
      "",
      true,
    );
    expect(exchange.socketError).toBeUndefined();
    expect(exchange.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(exchange.text).toMatch(/connection: close/i);
    expect(bodyOf(exchange).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("reads only the declared length of a body that lies about it, answers 400 and closes without a reset", async () => {
    const exchange = await rawExchange(
      gatewayPort,
      "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n",
      "x".repeat(10_000_000),
    );
    expect(exchange.socketError).toBeUndefined();
    expect(exchange.text).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(exchange).errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(await healthy(gatewayPort)).toBe(true);
  });

  it("refuses a response over MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE instead of sending it", async () => {
    const wide = "{ regions { code name nameEn capital timezone } }";
    const direct = await graphql(regionsUrl, wide);
    expect(direct.data ?? null).toBeNull();
    expect(direct.errors![0].extensions).toMatchObject({
      code: "RESPONSE_TOO_LARGE",
      limit: SUBGRAPH_RESPONSE_LIMIT,
    });
    expect(direct.errors![0].message).toContain("MAX_RESPONSE_BYTES");
    // Under the subgraph's limit but over the gateway's: the gateway refuses its own response.
    const atGateway = await graphql(gatewayUrl, "{ regions { code name } }");
    expect(atGateway.errors![0].extensions).toMatchObject({
      code: "RESPONSE_TOO_LARGE",
      limit: GATEWAY_RESPONSE_LIMIT,
    });
    // A subgraph's refusal reaches the gateway's client with its code.
    const passedOn = await graphql(gatewayUrl, wide);
    expect(errorCodes(passedOn)).toEqual(["RESPONSE_TOO_LARGE"]);
    const small = await graphql(gatewayUrl, '{ region(code: "RU-TYU") { name } }');
    expect(small.data!.region.name).toBe("Тюменская область");
  });

  it("passes the platform's coded errors through unchanged", async () => {
    const response = await graphql(gatewayUrl, '{ region(code: "nope") { name } }');
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain('"nope"');
  });

  // Renames a table under the running subgraph: its next query fails inside SQLite.
  it("masks a database error: the caller gets a request id, the log line gets the details", async () => {
    const db = new sqlite3.Database(database);
    await new Promise<void>((resolve, reject) =>
      db.run("ALTER TABLE region RENAME TO region_gone", (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    await new Promise((resolve) => db.close(resolve));

    const direct = await post(regionsUrl, JSON.stringify({ query: "{ regions { code } }" }), {
      "x-request-id": "bodies-test-0001",
    });
    expect(direct.headers.get("x-request-id")).toBe("bodies-test-0001");
    const directText = await direct.text();
    expect(directText).not.toMatch(/SQLITE|no such table/i);
    expect(JSON.parse(directText).errors).toEqual([
      expect.objectContaining({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "bodies-test-0001" },
      }),
    ]);

    // Through the gateway, with an id that could forge a log line: a fresh id replaces it.
    const viaGateway = await post(gatewayUrl, JSON.stringify({ query: "{ regions { code } }" }), {
      "x-request-id": "bad id\twith spaces",
    });
    const requestId = viaGateway.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const gatewayText = await viaGateway.text();
    expect(gatewayText).not.toMatch(/SQLITE|no such table/i);
    expect(JSON.parse(gatewayText).errors[0].extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      requestId,
    });

    await waitFor("the log lines", () => regions.output().includes("bodies-test-0001"), 5_000);
    const logLine = (output: string, id: string) =>
      output.split("\n").find((line) => line.includes(`"requestId":"${id}"`)) ?? "";
    expect(logLine(regions.output(), "bodies-test-0001")).toContain("no such table: region");
    await waitFor(
      "the gateway's log line",
      () => logLine(gateway.output(), requestId) !== "",
      5_000,
    );
    // The gateway sends its request id on, so the subgraph's log line carries the same one.
    await waitFor(
      "the subgraph's log line under the gateway's id",
      () => logLine(regions.output(), requestId).includes("no such table: region"),
      5_000,
    );
  });
});
