import { join } from "node:path";
import type { Page } from "playwright-core";
import { bearer } from "../support/subgraph";
import { ARTIFACTS, CHROMIUM, hasChromium } from "./browser";
import {
  openBrowser,
  openView,
  plain,
  serveDashboard,
  signInAs,
  type DashboardServer,
} from "./dashboard-page";

/**
 * A centre's staff member at work in the dashboard (Chromium, real stack): a refused edit is
 * explained in Russian, a save says what was saved, and a region's long list of events pages
 * past its first 20 with the API's cursors, newest first.
 */
jest.setTimeout(120_000);

if (!hasChromium) console.warn(`Skipping the dashboard's editing tests: ${CHROMIUM} is absent.`);
const describeWithBrowser = hasChromium ? describe : describe.skip;

const CONFERENCE = "event-ural-rc-network-conference-tyumen";
const ADDED = 25;

/** Adds events to Tyumen's region as its centre, through the gateway. */
async function addEvents(server: DashboardServer, count: number): Promise<void> {
  const url = new URL("/graphql", server.base);
  for (let i = 1; i <= count; i++) {
    const day = String(i).padStart(2, "0");
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer("org-rc-tyumen") },
      body: JSON.stringify({
        query: `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        variables: {
          input: {
            title: `Консультация для НКО № ${i}`,
            kind: "SEMINAR",
            startsAt: `2024-03-${day}T10:00:00+05:00`,
            timezone: "Asia/Yekaterinburg",
            regionCode: "RU-TYU",
            organizerIds: ["org-rc-tyumen"],
          },
        },
      }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    expect(body.errors).toBeUndefined();
  }
}

describeWithBrowser("editing and paging in the dashboard", () => {
  let server: DashboardServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDashboard();
    await addEvents(server, ADDED);
    browser = await openBrowser();
    page = browser.page;
    await signInAs(page, server.base, "org-rc-tyumen");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const conferenceForm = () => page.locator(`form.edit[data-record=${CONFERENCE}]`);

  async function openForm(): Promise<void> {
    await openView(page, server.base, "#/mine");
    const details = conferenceForm().locator("xpath=..");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  }

  it("names the centre, not its id, on the page of its records", async () => {
    const text = await openView(page, server.base, "#/mine");
    expect(text).toContain("Мои записи: Ресурсный центр НКО Тюменской области");
    await page.waitForSelector("header .centre:has-text('Ресурсный центр НКО Тюменской области')");
    expect(text).not.toContain("org-rc-tyumen");
  });

  it("explains a refused edit in Russian, by field", async () => {
    await openForm();
    await conferenceForm().locator("input[name=participantCount]").fill("-5");
    await conferenceForm().locator("button[type=submit]").click();
    const notice = conferenceForm().locator(".notice.error");
    await notice.waitFor();
    const text = plain(await notice.innerText());
    expect(text).toMatch(/^Поле «Участников»: значение -5 не подходит\. Ожидается целое число/);
    expect(text).not.toContain("Invalid value");
    expect(await notice.getAttribute("data-code")).toBe("BAD_USER_INPUT");
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-refused-edit.png") });
  });

  it("confirms a save with what was saved, and keeps the form open", async () => {
    await openForm();
    await conferenceForm().locator("input[name=participantCount]").fill("");
    await conferenceForm().locator("input[name=venue]").fill("Технопарк, Тюмень");
    await conferenceForm().locator("button[type=submit]").click();
    const confirmation = conferenceForm().locator(".notice.ok");
    await confirmation.waitFor();
    expect(plain(await confirmation.innerText())).toBe("Сохранено: Место — «Технопарк, Тюмень»");
    expect(await conferenceForm().locator("input[name=venue]").inputValue()).toBe(
      "Технопарк, Тюмень",
    );
    await conferenceForm().locator("button[type=submit]").click();
    expect(plain(await conferenceForm().locator(".notice").innerText())).toContain("Нет изменений");
  });

  it("pages a region's events, newest first, past the first 20 and back", async () => {
    await openView(page, server.base, "#/region/RU-TYU");
    const events = page.locator("ul.events li");
    const status = page.locator("section:has(ul.events) .page-status");
    expect(await events.count()).toBe(20);
    expect(plain(await status.innerText())).toBe(`показано 1–20 из ${ADDED + 1}`);
    const firstPage = await events.allInnerTexts();
    // Newest first: the last consultation (25 March 2024) opens the list.
    expect(firstPage[0]).toMatch(/^25 марта 2024 г\. — Консультация для НКО № 25/);
    await page.click("section:has(ul.events) button.next");
    await page.locator("section:has(ul.events) .page-status", { hasText: "21–" }).waitFor();
    expect(await events.count()).toBe(ADDED + 1 - 20);
    expect(plain(await status.innerText())).toBe(`показано 21–${ADDED + 1} из ${ADDED + 1}`);
    const secondPage = await events.allInnerTexts();
    expect(secondPage.filter((item) => firstPage.includes(item))).toEqual([]);
    expect(secondPage.at(-1)).toMatch(/^16–17 ноября 2021 г\./);
    expect(await page.locator("section:has(ul.events) button.next").isDisabled()).toBe(true);
    await page.click("section:has(ul.events) button.previous");
    expect(await events.allInnerTexts()).toEqual(firstPage);
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-paging.png"), fullPage: true });
  });
});
