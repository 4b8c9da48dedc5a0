import type { Random } from "./random";

const START = Date.UTC(2019, 0, 1);
const DAY = 86_400_000;

/** A date from 2019 to mid-2025 as `YYYY-MM-DD`. */
export function randomDay(random: Random): string {
  return new Date(START + random.int(0, 2370) * DAY).toISOString().slice(0, 10);
}

/** Federal holidays other than the New Year break (MM-DD): 23 February, 8 March, 1 and 9 May, 12 June, 4 November. */
const HOLIDAYS = new Set(["02-23", "03-08", "05-01", "05-09", "06-12", "11-04"]);

/**
 * How likely an event is held on a day, relative to an ordinary weekday: few at weekends (more on
 * Saturday than Sunday), almost none in the New Year break (1–8 January) and on federal holidays,
 * about half as many in the summer holidays (July, August) and the first ten days of May.
 */
export function eventDayWeight(day: Date): number {
  const monthDay = day.toISOString().slice(5, 10);
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  if ((month === 1 && date <= 8) || HOLIDAYS.has(monthDay)) return 0.03;
  const weekday = day.getUTCDay();
  const week = weekday === 0 ? 0.12 : weekday === 6 ? 0.3 : 1;
  const season = month === 7 ? 0.45 : month === 8 ? 0.55 : month === 5 && date <= 10 ? 0.5 : 1;
  return week * season;
}

/**
 * A date from 2019 to mid-2025 as `YYYY-MM-DD`, spread as events and awards fall on a real
 * calendar (eventDayWeight): drawn until a day is accepted with its weight.
 */
export function calendarDay(random: Random): string {
  for (;;) {
    const day = new Date(START + random.int(0, 2370) * DAY);
    if (random.next() < eventDayWeight(day)) return day.toISOString().slice(0, 10);
  }
}

/**
 * Audit columns of a generated record: created by its owner at a fixed (seeded) moment, so two
 * runs with one seed write the same rows.
 */
export function stamp(random: Random, ownerId: string) {
  const created = new Date(
    START + random.int(0, 2370) * DAY + random.int(0, DAY - 1),
  ).toISOString();
  return { ownerId, createdAt: created, updatedAt: created, updatedBy: ownerId, archivedAt: null };
}
