import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS } from "../tools/chromium";
import { startGateway, type RunningGateway } from "../gateway/server";
import { readCorsSettings } from "../subgraphs/shared/cors";
import { testAuth } from "./support/subgraph";

const SUPERGRAPH = readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8");
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);

/** A page origin: an HTTP server answering every path with an empty HTML page. */
async function pageOrigin(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) =>
    response
      .writeHead(200, { "content-type": "text/html" })
      .end("<!doctype html><title>page</title>"),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type, authorization",
    },
  });
}

const corsHeaders = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

describe("CORS_ORIGINS", () => {
  it("defaults to localhost and 127.0.0.1 on any port in development and to none in production", () => {
    expect(readCorsSettings({}).origins).toEqual(["http://localhost:*", "http://127.0.0.1:*"]);
    expect(readCorsSettings({ NODE_ENV: "production" }).origins).toEqual([]);
    expect(readCorsSettings({ CORS_ORIGINS: "none" }).origins).toEqual([]);
    expect(
      readCorsSettings({ CORS_ORIGINS: "https://dash.example.org, http://localhost:5173" }).origins,
    ).toEqual(["https://dash.example.org", "http://localhost:5173"]);
  });

  it("refuses a value that is not a list of origins, naming the variable and the value", () => {
    expect(() => readCorsSettings({ CORS_ORIGINS: "https://dash.example.org/" })).toThrow(
      'CORS_ORIGINS must list origins such as https://dashboard.example.org or http://localhost:*, separated by commas (no path, no trailing slash), got "https://dash.example.org/"',
    );
    expect(() => readCorsSettings({ CORS_ORIGINS: "*" })).toThrow(/got "\*"/);
  });
});

describe("CORS on the gateway", () => {
  let gateway: RunningGateway;
  let allowed: Awaited<ReturnType<typeof pageOrigin>>;
  let other: Awaited<ReturnType<typeof pageOrigin>>;
  beforeAll(async () => {
    allowed = await pageOrigin();
    other = await pageOrigin();
    const cors = readCorsSettings({ CORS_ORIGINS: `${allowed.origin},https://dash.example.org` });
    gateway = await startGateway(
      { supergraphSdl: SUPERGRAPH, subgraphs: [], auth: testAuth, cors },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await gateway.close();
    await Promise.all([allowed, other].map(({ server }) => new Promise((r) => server.close(r))));
  });

  it("answers a preflight from an allowed origin with 204 and the Access-Control-* headers", async () => {
    const response = await preflight(gateway.url, allowed.origin);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(allowed.origin);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type/);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it("gives a preflight from another origin no CORS headers at all", async () => {
    const response = await preflight(gateway.url, other.origin);
    expect(corsHeaders(response)).toEqual([]);
    expect(response.headers.get("vary")).toMatch(/Origin/);
  });

  it("adds the headers to an allowed origin's query and exposes x-request-id", async () => {
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { origin: allowed.origin, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    expect(response.headers.get("access-control-allow-origin")).toBe(allowed.origin);
    expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id");
  });

  it("sends no CORS headers to a caller that names no origin (curl, another server)", async () => {
    const response = await fetch(gateway.url.replace("/graphql", "/health"));
    expect(corsHeaders(response)).toEqual([]);
  });

  const inBrowser = CHROMIUM ? it : it.skip;
  inBrowser(
    "lets a browser page on an allowed origin query the gateway, and not one on another",
    async () => {
      const browser: Browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage();
        // A JSON POST with credentials makes the browser send a real preflight first.
        const query = (url: string) =>
          fetch(url, {
            method: "POST",
            credentials: "include",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: "{ __typename }" }),
          }).then(
            (response) => response.json().then((body) => JSON.stringify(body)),
            (error: Error) => `refused: ${error.message}`,
          );
        await page.goto(allowed.origin);
        expect(await page.evaluate(query, gateway.url)).toBe('{"data":{"__typename":"Query"}}');
        await page.goto(other.origin);
        expect(await page.evaluate(query, gateway.url)).toBe("refused: Failed to fetch");
      } finally {
        await browser.close();
      }
    },
  );
});
