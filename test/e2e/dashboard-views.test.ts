import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS, CHROMIUM, hasChromium } from "./browser";
import { openBrowser, openView, serveDashboard, type DashboardServer } from "./dashboard-page";

/**
 * What the views draw when the data is uneven (Chromium, real stack, seed data): charts whose
 * scales do not hide each other, events known only by their year shown and counted as such, and
 * empty lists that say what is empty.
 */
jest.setTimeout(120_000);

if (!hasChromium) console.warn(`Skipping the dashboard's view tests: ${CHROMIUM} is absent.`);
const describeWithBrowser = hasChromium ? describe : describe.skip;

/** The texts of each chart, by its label. */
async function chartTexts(page: Page): Promise<Record<string, string[]>> {
  await page.waitForSelector(".chart svg text");
  return page.$$eval(".chart", (charts) =>
    Object.fromEntries(
      charts.map((chart) => [
        chart.getAttribute("aria-label") ?? "",
        [...chart.querySelectorAll("svg text")].map((text) =>
          (text.textContent ?? "").replace(/\s+/g, " "),
        ),
      ]),
    ),
  );
}

/** The numbers among a chart's texts (its value axis), grouped with spaces or not. */
const numbers = (texts: string[]) =>
  texts
    .map((text) => text.replace(/\s/g, ""))
    .filter((text) => /^\d+$/.test(text))
    .map(Number);

describeWithBrowser("the dashboard's views of uneven data", () => {
  let server: DashboardServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDashboard();
    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws each country measure on its own scale: money apart from counts", async () => {
    await openView(page, server.base, "#/");
    const charts = await chartTexts(page);
    expect(Object.keys(charts)).toEqual([
      "Организации",
      "Ресурсные центры",
      "События",
      "Финансирование программ, ₽",
    ]);
    // Nizhny Novgorod's 4,000,000,000 roubles set only the money chart's scale.
    expect(charts["Финансирование программ, ₽"]).toContain("4 млрд");
    for (const counts of ["Организации", "Ресурсные центры", "События"]) {
      expect(charts[counts].join(" ")).not.toMatch(/млрд|млн/);
      // Counts in whole steps, up to the largest district's count: no fractions, no flattening.
      const ticks = numbers(charts[counts]);
      expect(ticks.length).toBeGreaterThan(1);
      expect(Math.max(...ticks)).toBeLessThan(100);
      expect(charts[counts].some((text) => /[.,]\d/.test(text))).toBe(false);
    }
    await page.screenshot({
      path: join(ARTIFACTS, "dashboard-country-charts.png"),
      fullPage: true,
    });
  });

  it("counts an event known only by its year in a «месяц неизвестен» bar, not dropping it", async () => {
    await openView(page, server.base, "#/district/URAL");
    const perMonth = (await chartTexts(page))["События по месяцам"];
    expect(perMonth).toContain("2016 г., месяц неизвестен");
    expect(perMonth).toContain("нояб. 2021 г.");
  });

  it("shows an event known only by its year as «2016 г.»", async () => {
    const text = await openView(page, server.base, "#/region/RU-KHM");
    const item = await page
      .locator("[data-event=event-khmao-government-meeting-asd-agreement]")
      .innerText();
    expect(item).toMatch(/^2016 г\. \(год установлен по контексту\)/);
    expect(text).toContain("2016 г.");
  });

  it("says what is empty in a region without records and in a search that finds nothing", async () => {
    const region = await openView(page, server.base, "#/region/RU-ALT");
    for (const empty of [
      "В регионе нет ресурсных центров",
      "В регионе нет событий",
      "В регионе не действует ни одна программа",
      "В регионе нет организаций",
    ])
      expect(region).toContain(empty);
    const search = await openView(page, server.base, "#/search/зюзюкин");
    for (const empty of ["Организаций не найдено", "Событий не найдено", "Программ не найдено"])
      expect(search).toContain(empty);
  });
});
