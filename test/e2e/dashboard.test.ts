import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startGateway, type RunningGateway } from "../../gateway/server";
import { loadEdgeAuth } from "../../gateway/edge-auth";
import { DEVELOPMENT_PASSWORD } from "../../tools/oidc/accounts";
import { startStack, type TestStack } from "../support/stack";
import { freePort, spawnEntry, waitFor, type SpawnedProcess } from "../support/spawned";
import { ARTIFACTS, buildDashboard, CHROMIUM, hasChromium, launchBrowser } from "./browser";

/**
 * The dashboard in a real browser (Debian's headless Chromium) against the real stack: four
 * subgraphs over HTTP, composed in-process, behind a gateway that serves the freshly built page
 * at /dashboard/. Every view is opened by its URL and checked for the seeded facts; each is
 * saved as a screenshot in test-artifacts/.
 */
jest.setTimeout(120_000);

if (!hasChromium) {
  console.warn(
    `Skipping the dashboard's browser tests: ${CHROMIUM} is absent (apt-get install -y chromium).`,
  );
}
const describeWithBrowser = hasChromium ? describe : describe.skip;

/** The page's kept session (run in the page, where sessionStorage exists). */
const SESSION_IN_PAGE = "sessionStorage.getItem('ngo-graph.session')";

/** Any run of whitespace (the page groups thousands with no-break spaces) as one plain space. */
const plain = (text: string) => text.replace(/\s+/g, " ");

describeWithBrowser("the dashboard in Chromium", () => {
  let stack: TestStack;
  let gateway: RunningGateway;
  let dist: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let base: string;
  let identity: SpawnedProcess;

  beforeAll(async () => {
    [stack, dist] = await Promise.all([startStack(), buildDashboard()]);
    // People sign in at the development identity provider, as under `npm start`.
    const identityPort = await freePort();
    const issuer = `http://127.0.0.1:${identityPort}`;
    // A gateway in front of the stack's subgraphs that serves this build of the page.
    gateway = await startGateway(
      {
        supergraphSdl: stack.supergraphSdl,
        subgraphs: stack.entries,
        auth: loadEdgeAuth({ OIDC_ISSUER: issuer }),
        dashboardDir: dist,
      },
      0,
      "127.0.0.1",
    );
    base = `http://127.0.0.1:${gateway.port}/dashboard/`;
    identity = spawnEntry("tools/oidc/index.ts", {
      OIDC_DEV_PORT: String(identityPort),
      OIDC_DEV_DASHBOARD_URLS: base,
    });
    await waitFor("the identity provider", async () => {
      try {
        return (await fetch(`${issuer}/.well-known/openid-configuration`)).ok;
      } catch {
        return false;
      }
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    identity?.child.kill("SIGTERM");
    await browser?.close();
    await gateway?.close();
    await stack?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  /** Opens a view by its URL and waits until it is drawn (charts included). */
  async function open(hash: string): Promise<string> {
    // A full load of the URL, as a shared link opens; from the page itself a new hash would only
    // re-render it, and the previous view's ready state could be read before that.
    await page.goto("about:blank");
    await page.goto(`${base}${hash}`);
    await page.waitForSelector("main[data-state=ready]");
    await page.waitForTimeout(300);
    return plain(await page.innerText("body"));
  }

  const screenshot = (name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

  it("shows the country: the eight federal districts with counts and funding, linked to each", async () => {
    const text = await open("#/");
    expect(await page.locator("table tbody tr").count()).toBe(8);
    expect(text).toContain("Уральский федеральный округ");
    expect(await page.locator(".chart svg").count()).toBe(4);
    await screenshot("country");
    await page.click("text=Уральский федеральный округ");
    await page.waitForSelector("main[data-view=district][data-state=ready]");
    expect(page.url()).toContain("#/district/URAL");
  });

  it("shows a district's regions side by side, unknown funding as unknown, never zero", async () => {
    const text = await open("#/district/URAL");
    expect(await page.locator("table tbody tr").count()).toBe(6);
    const yamal = plain(await page.locator("tr", { hasText: "Ямало-Ненецкий" }).innerText());
    expect(yamal).toContain("неизвестно");
    expect(yamal).not.toMatch(/\b0 ₽/);
    expect(text).toContain("События по месяцам");
    await screenshot("district");
  });

  it("shows Nizhny Novgorod's 4,000,000,000 roubles of social contracts with «около»", async () => {
    const text = await open("#/district/VOLGA");
    const row = plain(await page.locator("tr", { hasText: "Нижегородская" }).innerText());
    expect(row).toContain("около 4 000 000 000 ₽");
    expect(text).toContain("неизвестно");
  });

  it("shows a region: the Ural network's centre, the Tyumen conference on 16–17 November in the region's time, programmes with sources", async () => {
    const text = await open("#/region/RU-TYU");
    expect(text).toContain("Уральская сеть ресурсных центров");
    expect(text).toContain("Asia/Yekaterinburg");
    const conference = plain(
      await page.locator("[data-event=event-ural-rc-network-conference-tyumen]").innerText(),
    );
    expect(conference).toMatch(/16–17 ноября/);
    expect(text).toContain("004_0eaa2e195da163db.txt");
    await screenshot("region");
  });

  it("shows an organisation: the Ural network with its five centres, events, programmes and awards", async () => {
    const text = await open("#/organization/org-rc-tyumen");
    expect(text).toMatch(/Уральская сеть ресурсных центров[^(]*\(участники: 5\)/);
    expect(text).toContain("Программы, которые ведёт");
    expect(text).toContain("Полученная поддержка");
    expect(text).toContain("только чтение");
    await screenshot("organization");
  });

  it("finds «партнёрство» when searching for «партнерство»", async () => {
    await open("#/search/");
    await page.fill("input[type=search]", "партнерство");
    await page.click("form.search button");
    await page.waitForSelector("main[data-view=search][data-state=ready] section");
    const text = plain(await page.innerText("main"));
    expect(text).toContain("партнёрство");
    expect(page.url()).toContain("#/search/");
    await screenshot("search");
  });

  /** Signs a staff member in at the identity provider, from the page of the centre's records. */
  async function signIn(login: string): Promise<void> {
    await open("#/mine");
    await page.click("button.sign-in");
    await page.waitForSelector("input[name=login]");
    await page.fill("input[name=login]", login);
    await page.fill("input[name=password]", DEVELOPMENT_PASSWORD);
    await page.click("button[type=submit]");
    await page.waitForSelector("header .sign-out");
    await page.waitForSelector("main[data-view=mine][data-state=ready]");
  }

  async function signOut(): Promise<void> {
    await page.click("header .sign-out");
    await page.click("button[value=yes]");
    await page.waitForSelector("header button.sign-in");
  }

  it("signs a centre's staff member in through the identity provider; they edit their own event, see the API's validation message, and sign out", async () => {
    await signIn("staff.tyumen");
    // The header names the centre, not its id.
    await page.waitForSelector("header .centre:has-text('Ресурсный центр НКО Тюменской области')");
    expect(await page.innerText("header")).not.toContain("org-rc-tyumen");
    await page.waitForSelector("main[data-view=mine][data-state=ready] form.edit", {
      state: "attached",
    });
    const form = page.locator("form.edit[data-record=event-ural-rc-network-conference-tyumen]");
    // The form is folded in a <details> until the reader asks to edit.
    await form.locator("xpath=..").locator("summary").click();
    await form.locator("input[name=participantCount]").fill("-5");
    await form.locator("button[type=submit]").click();
    await form.locator(".notice.error").waitFor();
    expect(plain(await form.locator(".notice.error").innerText())).toContain("BAD_USER_INPUT");
    await form.locator("input[name=participantCount]").fill("");
    await form.locator("input[name=venue]").fill("Технопарк, Тюмень (e2e)");
    await form.locator("button[type=submit]").click();
    await page.waitForSelector("main[data-view=mine][data-state=ready]");
    await screenshot("mine");
    const text = await open("#/region/RU-TYU");
    expect(text).toContain("Технопарк, Тюмень (e2e)");
    // Another centre's records stay read-only for Tyumen.
    expect(await open("#/organization/org-rc-kurgan")).toContain("только чтение");
    expect(await page.locator("form.edit").count()).toBe(0);
    await signOut();
    expect(await page.evaluate(SESSION_IN_PAGE)).toBeNull();
  });

  it("lets another centre's staff member see Tyumen's records but not change them", async () => {
    await signIn("staff.kurgan");
    expect(await open("#/organization/org-rc-tyumen")).toContain("только чтение");
    expect(await page.locator("form.edit").count()).toBe(0);
    // Nor through the API with the same sign-in: the gateway maps it to Kurgan's centre.
    const token = JSON.parse((await page.evaluate(SESSION_IN_PAGE))!).accessToken as string;
    const answer = await page.evaluate(async (accessToken) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({
          query: `mutation { updateEvent(id: "event-ural-rc-network-conference-tyumen", input: { venue: "Курган" }) { venue } }`,
        }),
      });
      return (await response.json()) as { errors: { extensions: { code: string } }[] };
    }, token);
    expect(answer.errors[0].extensions.code).toBe("FORBIDDEN");
    await signOut();
  });

  it("shows a partial page naming the events subgraph when it is stopped", async () => {
    await stack.subgraphs.events.close();
    const text = await open("#/region/RU-TYU");
    expect(await page.locator("[data-missing=events]").count()).toBe(1);
    expect(text).toContain("«events»");
    expect(text).toContain("Уральская сеть ресурсных центров");
    await screenshot("partial");
  });
});
