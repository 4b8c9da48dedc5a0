import type { Random } from "./random";

const START = Date.UTC(2019, 0, 1);
const DAY = 86_400_000;

/** A date from 2019 to mid-2025 as `YYYY-MM-DD`. */
export function randomDay(random: Random): string {
  return new Date(START + random.int(0, 2370) * DAY).toISOString().slice(0, 10);
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
