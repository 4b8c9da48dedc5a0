import { regions, type RegionData } from "../../subgraphs/shared/geography";
import { SEED_REGIONAL_CENTRES } from "../../subgraphs/shared/seed-owners";
import { COUNTRY } from "./country";

/** How many rows of each kind a run generates. */
export interface Counts {
  organizations: number;
  events: number;
  programmes: number;
  awards: number;
}

/** The named scales; `national` is the default and the size the issue asks for. */
export const SCALES: Record<string, Counts> = {
  tiny: { organizations: 500, events: 1_000, programmes: 100, awards: 2_000 },
  small: { organizations: 2_500, events: 5_000, programmes: 500, awards: 10_000 },
  medium: { organizations: 25_000, events: 50_000, programmes: 5_000, awards: 100_000 },
  national: { organizations: 250_000, events: 500_000, programmes: 50_000, awards: 1_000_000 },
  /**
   * What `npm run bench` adds to the seed for its heavy workloads (20 pages of 100
   * organisations): about one award and one or two events an organisation, so that a page of
   * 100 with its events, programmes and awards answers tens of KB, as dashboards read it.
   */
  bench: { organizations: 3_000, events: 4_000, programmes: 400, awards: 3_000 },
};

/** Every generated id starts so; a new run first removes the rows of the previous one. */
export const GENERATED_PREFIX = "gen-";

/**
 * Added to every subject's population (thousands) before organisations, events and programmes
 * are shared out: small subjects hold more registered NGOs per inhabitant than large ones (each
 * has its resource centre, its public chamber's members, branches of national organisations), so
 * a share by population alone would leave Chukotka a few dozen. With it, at national scale,
 * Moscow gets about 21,000 organisations and Chukotka about 300.
 */
export const SHARE_FLOOR = 150;

/**
 * Splits `total` among the regions in proportion to `weights` (largest remainders), each region
 * getting at least `minimum`.
 */
export function apportion(total: number, weights: readonly number[], minimum: number): number[] {
  const base = Math.min(minimum, Math.floor(total / weights.length));
  const rest = total - base * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (rest * weight) / sum);
  const counts = exact.map((value) => base + Math.floor(value));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    counts[index] += 1;
    left -= 1;
  }
  return counts;
}

/** How many rows of one kind each region has, and where its rows start in index order. */
export class Shares {
  readonly starts: number[];

  constructor(readonly counts: readonly number[]) {
    this.starts = [];
    let start = 0;
    for (const count of counts) {
      this.starts.push(start);
      start += count;
    }
  }

  /** The region (its index in the geography) of the row with this index. */
  regionOf(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    // The last region starting at or before the index: one with no rows starts where the
    // next one does, so it is never the last.
    return low;
  }
}

/**
 * Where everything generated sits. Organisations, events and programmes are shared out among
 * the regions by population (country.ts, plus SHARE_FLOOR), each region's rows one run of
 * consecutive indexes, so that the k-th organisation of a region is found from the shares alone
 * and no table has to be held in memory to refer to another. The first organisation of every
 * region is a resource centre; it owns the region's records unless the seed data already has the
 * region's centre, which then owns them (as seeded records are owned).
 */
export class Plan {
  readonly regions: readonly RegionData[] = regions;
  readonly organizations: Shares;
  readonly events: Shares;
  readonly programmes: Shares;

  constructor(
    readonly seed: number,
    readonly counts: Counts,
  ) {
    if (counts.organizations < regions.length)
      throw new Error(`at least ${regions.length} organisations are needed, one centre a region`);
    const weights = regions.map((region) => COUNTRY[region.code].population + SHARE_FLOOR);
    this.organizations = new Shares(apportion(counts.organizations, weights, 1));
    this.events = new Shares(apportion(counts.events, weights, 1));
    this.programmes = new Shares(apportion(counts.programmes, weights, 1));
  }

  organizationId(index: number): string {
    return `${GENERATED_PREFIX}org-${String(index).padStart(7, "0")}`;
  }
  eventId(index: number): string {
    return `${GENERATED_PREFIX}event-${String(index).padStart(7, "0")}`;
  }
  programmeId(index: number): string {
    return `${GENERATED_PREFIX}programme-${String(index).padStart(6, "0")}`;
  }
  awardId(index: number): string {
    return `${GENERATED_PREFIX}award-${String(index).padStart(8, "0")}`;
  }

  /** How many organisations region `r` has. */
  organizationsIn(regionIndex: number): number {
    return this.organizations.counts[regionIndex];
  }

  /** The id of the k-th organisation of a region (k = 0 is its generated resource centre). */
  organizationOf(regionIndex: number, k: number): string {
    return this.organizationId(this.organizations.starts[regionIndex] + k);
  }

  /** The centre that owns the generated records of a region. */
  ownerOf(regionIndex: number): string {
    const seeded = SEED_REGIONAL_CENTRES[regions[regionIndex].code];
    return seeded ?? this.organizationOf(regionIndex, 0);
  }
}
