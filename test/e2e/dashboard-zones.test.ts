import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS, CHROMIUM, hasChromium } from "./browser";
import { openBrowser, openView, serveDashboard, type DashboardServer } from "./dashboard-page";

/**
 * Dates in the region's own time zone, whatever the reader's: the region view of Tyumen
 * (Asia/Yekaterinburg, UTC+5) opened by a browser in UTC and by one in Vladivostok (UTC+10)
 * shows the Tyumen conference on 16–17 November, in the list and on the timeline, whose axis
 * reads the same in both and never repeats a date.
 */
jest.setTimeout(120_000);

if (!hasChromium) console.warn(`Skipping the time zone browser tests: ${CHROMIUM} is absent.`);
const describeWithBrowser = hasChromium ? describe : describe.skip;

const CONFERENCE = "event-ural-rc-network-conference-tyumen";

interface ChartText {
  text: string;
  x: number;
  y: number;
}

/** The texts of the timeline's SVG with where they are drawn. */
async function timelineTexts(page: Page): Promise<ChartText[]> {
  await page.waitForSelector(".chart.timeline svg text");
  return page.$$eval(".chart.timeline svg text", (texts) =>
    texts.map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent ?? "", x: Math.round(box.x), y: Math.round(box.y) };
    }),
  );
}

describeWithBrowser("the region's time in the dashboard", () => {
  let server: DashboardServer;

  beforeAll(async () => {
    server = await serveDashboard();
  });

  afterAll(async () => {
    await server?.close();
  });

  const seen = new Map<string, ChartText[]>();

  for (const timezoneId of ["UTC", "Asia/Vladivostok"]) {
    it(`shows the Tyumen conference on 16–17 November to a reader in ${timezoneId}`, async () => {
      const browser = await openBrowser({ timezoneId });
      try {
        const { page } = browser;
        expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
          timezoneId,
        );
        const text = await openView(page, server.base, "#/region/RU-TYU");
        expect(text).toContain("Asia/Yekaterinburg");
        const item = await page.locator(`[data-event=${CONFERENCE}]`).innerText();
        expect(item).toMatch(/16–17 ноября 2021/);
        const texts = await timelineTexts(page);
        // The conference's row: its title on the category axis, its dates beside its point.
        const title = texts.find((each) => each.text.startsWith("Межрегиональная конференция"));
        expect(title).toBeDefined();
        const row = texts.filter((each) => Math.abs(each.y - title!.y) <= 4 && each !== title);
        expect(row.map((each) => each.text)).toContain("16–17 нояб.");
        // The axis: dates along the bottom, each once, the conference's days among them.
        const axis = texts.filter((each) => each.y > title!.y + 10).map((each) => each.text);
        expect(axis.length).toBeGreaterThan(2);
        expect(new Set(axis).size).toBe(axis.length);
        expect(axis).toEqual(expect.arrayContaining(["16 нояб.", "17 нояб."]));
        // The point sits between the axis labels of the 16th and the 17th... or on the 16th.
        const label = (day: string) => texts.find((each) => each.text === day)!;
        const point = row.find((each) => each.text === "16–17 нояб.")!;
        expect(point.x).toBeGreaterThan(label("16 нояб.").x - 20);
        expect(point.x).toBeLessThan(label("17 нояб.").x);
        seen.set(timezoneId, texts);
        await page.screenshot({
          path: join(ARTIFACTS, `dashboard-timeline-${timezoneId.replace("/", "-")}.png`),
          fullPage: true,
        });
      } finally {
        await browser.close();
      }
    });
  }

  it("draws the same timeline in every browser zone", () => {
    expect(seen.size).toBe(2);
    expect(seen.get("Asia/Vladivostok")).toEqual(seen.get("UTC"));
  });
});
