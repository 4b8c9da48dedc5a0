import { regions } from "../subgraphs/shared/geography";
import { readBenchOptions } from "../tools/bench/options";
import { COUNTRY } from "../tools/generate/country";
import { apportion, Plan, SCALES, Shares } from "../tools/generate/plan";
import { Random } from "../tools/generate/random";
import { calendarDay, eventDayWeight } from "../tools/generate/stamp";

const national = new Plan(2024, SCALES.national);
const organizationsOf = (code: string) =>
  national.organizations.counts[regions.findIndex((region) => region.code === code)];

describe("the country's shape in the generated network", () => {
  it("has a population and real towns for every region, its administrative centre first", () => {
    for (const region of regions) {
      const shape = COUNTRY[region.code];
      expect(shape).toBeDefined();
      expect(shape.population).toBeGreaterThan(0);
      expect(shape.towns[0]).toBe(region.capital);
      expect(new Set(shape.towns).size).toBe(shape.towns.length);
    }
    expect(Object.keys(COUNTRY).sort()).toEqual(regions.map((region) => region.code).sort());
  });

  it("shares organisations out by population: Moscow tens of thousands, Chukotka a few hundred", () => {
    expect(organizationsOf("RU-MOW")).toBeGreaterThan(10_000);
    expect(organizationsOf("RU-CHU")).toBeGreaterThanOrEqual(100);
    expect(organizationsOf("RU-CHU")).toBeLessThan(1_000);
    expect(organizationsOf("RU-MOW")).toBeGreaterThan(organizationsOf("RU-SPE"));
    expect(organizationsOf("RU-SPE")).toBeGreaterThan(organizationsOf("RU-TYU"));
    expect(organizationsOf("RU-TYU")).toBeGreaterThan(organizationsOf("RU-KGN"));
    for (const shares of [national.organizations, national.events, national.programmes])
      expect(shares.counts.every((count) => count >= 1)).toBe(true);
    expect(national.organizations.counts.reduce((a, b) => a + b, 0)).toBe(250_000);
    expect(national.events.counts.reduce((a, b) => a + b, 0)).toBe(500_000);
  });

  it("apportions exactly and finds the region of any row, skipping regions with none", () => {
    expect(apportion(10, [1, 1, 2], 1)).toEqual([3, 3, 4]);
    expect(apportion(2, [1, 1, 2], 1)).toEqual([1, 0, 1]);
    const shares = new Shares([2, 0, 3]);
    expect([0, 1, 2, 3, 4].map((index) => shares.regionOf(index))).toEqual([0, 0, 2, 2, 2]);
    const last = national.organizations.counts.length - 1;
    expect(national.organizations.regionOf(249_999)).toBe(last);
    expect(national.organizations.regionOf(national.organizations.starts[5])).toBe(5);
  });

  it("spreads event dates like a calendar: weekdays, few in the summer and the New Year break", () => {
    const random = new Random(1, "calendar");
    const days = Array.from({ length: 20_000 }, () => new Date(`${calendarDay(random)}T00:00:00Z`));
    const share = (test: (day: Date) => boolean) => days.filter(test).length / days.length;
    expect(share((day) => day.getUTCDay() === 0 || day.getUTCDay() === 6)).toBeLessThan(0.12);
    // July and August are 17% of the year's days; far fewer events fall in them.
    expect(share((day) => [6, 7].includes(day.getUTCMonth()))).toBeLessThan(0.12);
    expect(share((day) => day.getUTCMonth() === 0 && day.getUTCDate() <= 8)).toBeLessThan(0.002);
    expect(eventDayWeight(new Date("2024-03-08T00:00:00Z"))).toBeLessThan(0.1);
    expect(eventDayWeight(new Date("2024-03-12T00:00:00Z"))).toBe(1);
  });
});

describe("the benchmark's options", () => {
  it("measures Hive Gateway's Rust runtime by default and generates its heavy data", () => {
    const options = readBenchOptions([], {});
    expect(options.targets).toContain("hive-rust");
    expect(options.generate).toBe("bench");
    expect(readBenchOptions(["--generate", "none"], {}).generate).toBe("none");
    expect(() => readBenchOptions(["--generate", "huge"], {})).toThrow(/--generate .*"huge"/);
    expect(() => readBenchOptions(["--targets", "hive-go"], {})).toThrow(/hive-go/);
  });
});
