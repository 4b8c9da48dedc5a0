import { rmSync } from "node:fs";
import type { Page } from "playwright-core";
import { startGateway, type RunningGateway } from "../../gateway/server";
import { startStack, type TestStack } from "../support/stack";
import { bearer, testAuth } from "../support/subgraph";
import { buildDashboard, launchBrowser } from "./browser";

/** The built dashboard served by a gateway in front of a fresh stack. */
export interface DashboardServer {
  stack: TestStack;
  /** The dashboard's address, ending in `/dashboard/`. */
  base: string;
  close: () => Promise<void>;
}

/** Builds the dashboard and serves it from a gateway over a new stack (seeded, in memory). */
export async function serveDashboard(): Promise<DashboardServer> {
  const [stack, dist] = await Promise.all([startStack(), buildDashboard()]);
  let gateway: RunningGateway;
  try {
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
  } catch (error) {
    await stack.close();
    throw error;
  }
  return {
    stack,
    base: `http://127.0.0.1:${gateway.port}/dashboard/`,
    close: async () => {
      await gateway.close();
      await stack.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** Any run of whitespace (the page groups thousands with no-break spaces) as one plain space. */
export const plain = (text: string) => text.replace(/\s+/g, " ");

/** A browser (in a time zone, if named) with one page on the dashboard. */
export async function openBrowser(options: { timezoneId?: string } = {}) {
  const browser = await launchBrowser(options);
  const page = await browser.context.newPage();
  return { page, close: browser.close };
}

/** Opens a view by its URL (a full load, as a shared link opens) and waits until it is drawn. */
export async function openView(page: Page, base: string, hash: string): Promise<string> {
  await page.goto("about:blank");
  await page.goto(`${base}${hash}`);
  await page.waitForSelector("main[data-state=ready]");
  await page.waitForTimeout(300);
  return plain(await page.innerText("body"));
}

/**
 * Signs a centre's staff member in the way a finished sign-in leaves the page: a session with
 * an access token in sessionStorage (here one the test gateway accepts).
 */
export async function signInAs(page: Page, base: string, organizationId: string): Promise<void> {
  const token = bearer(organizationId).authorization.slice("Bearer ".length);
  await page.goto(base);
  const session = JSON.stringify({ accessToken: token, expiresAt: Date.now() + 3_600_000 });
  // Run in the page, where sessionStorage exists.
  await page.evaluate(`sessionStorage.setItem("ngo-graph.session", ${JSON.stringify(session)})`);
}
