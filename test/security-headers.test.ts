import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startGateway, type RunningGateway } from "../gateway/server";
import { credentialAt, startStack, type TestStack } from "./support/stack";
import { bearer, testAuth } from "./support/subgraph";
import { buildDashboard, hasChromium, launchBrowser } from "./e2e/browser";

/**
 * What the gateway's answers tell a browser and a cache, over real HTTP: the freshly built
 * dashboard with a strict Content-Security-Policy that it still works under (in Chromium), no
 * framing, no referrer, and `Cache-Control: no-store` on every answer to a credentialed request.
 */
jest.setTimeout(120_000);

let stack: TestStack;
let gateway: RunningGateway;
let dist: string;

beforeAll(async () => {
  [stack, dist] = await Promise.all([startStack(), buildDashboard()]);
  gateway = await startGateway(
    {
      supergraphSdl: stack.supergraphSdl,
      subgraphs: stack.entries,
      auth: testAuth,
      dashboardDir: dist,
    },
    0,
    "127.0.0.1",
  );
});

afterAll(async () => {
  await gateway?.close();
  await stack?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const page = () => `http://127.0.0.1:${gateway.port}/dashboard/`;

describe("the dashboard's headers", () => {
  it.each(["", "assets/nope.js"])(
    "sends CSP, no framing, no referrer, nosniff on /dashboard/%s",
    async (path) => {
      const response = await fetch(page() + path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    },
  );

  it("is built without inline script, so the policy needs no 'unsafe-inline'", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/dashboard\/assets\//);
      expect(body.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  (hasChromium ? it : it.skip)(
    "draws every view in Chromium with no policy violation",
    async () => {
      const browser = await launchBrowser();
      try {
        const tab = await browser.context.newPage();
        const refused: string[] = [];
        tab.on("console", (message) => {
          if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
        });
        const views = [
          "#/",
          "#/district/URAL",
          "#/region/RU-TYU",
          "#/organization/org-rc-tyumen",
          `#/search/${encodeURIComponent("Тюмень")}`,
        ];
        for (const view of views) {
          await tab.goto("about:blank");
          await tab.goto(`${page()}${view}`);
          await tab.waitForSelector("main[data-state=ready]");
          // A chart's tooltip is HTML with style attributes, which the policy allows.
          const chart = tab.locator(".chart svg").first();
          if (await chart.count()) await chart.hover();
          await tab.waitForTimeout(200);
        }
        expect(await tab.locator("main[data-state=ready]").count()).toBe(1);
        expect(refused).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});

describe("Cache-Control on GraphQL answers", () => {
  const query = JSON.stringify({ query: "{ federalDistricts { code } }" });
  const post = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: query,
    });

  it("is no-store for a request with credentials, at the gateway and at a subgraph", async () => {
    for (const url of [gateway.url, stack.subgraphs.regions.url]) {
      const response = await post(url, await credentialAt(stack, url, "org-rc-tyumen"));
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("is no-store on a refusal to a credentialed request too", async () => {
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer("org-rc-tyumen") },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("is left out for an anonymous read of public records", async () => {
    const response = await post(gateway.url);
    expect(response.headers.get("cache-control")).toBeNull();
  });
});
