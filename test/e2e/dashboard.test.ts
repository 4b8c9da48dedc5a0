import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startGateway, type RunningGateway } from "../../gateway/server";
import { startStack, type TestStack } from "../support/stack";
import { bearer, testAuth } from "../support/subgraph";
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

/** Any run of whitespace (the page groups thousands with no-break spaces) as one plain space. */
const plain = (text: string) => text.replace(/\s+/g, " ");

describeWithBrowser("the dashboard in Chromium", () => {
  let stack: TestStack;
  let gateway: RunningGateway;
  let dist: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    [stack, dist] = await Promise.all([startStack(), buildDashboard()]);
    // A gateway in front of the stack's subgraphs that serves this build of the page.
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
    base = `http://127.0.0.1:${gateway.port}/dashboard/`;
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
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
    expect(await page.locator(".chart svg").count()).toBe(2);
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

  it("lets a centre that signs in edit its own event, shows the API's validation message, and the change shows up", async () => {
    await open("#/mine");
    await page.fill("input[name=credential]", bearer("org-rc-tyumen").authorization.slice(7));
    await page.click("form.session button");
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
