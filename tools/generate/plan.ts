import { regions, type RegionData } from "../../subgraphs/shared/geography";
import { SEED_REGIONAL_CENTRES } from "../../subgraphs/shared/seed-owners";

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
};

/** Every generated id starts so; a new run first removes the rows of the previous one. */
export const GENERATED_PREFIX = "gen-";

/**
 * Where everything generated sits, derived from an index alone so that no table has to be held
 * in memory to refer to another: the n-th organisation, event and programme lie in region
 * `n mod 83`, and the k-th organisation of a region is organisation `region + 83k`. The first
 * organisation of every region is a resource centre; it owns the region's records unless the seed
 * data already has the region's centre, which then owns them (as seeded records are owned).
 */
export class Plan {
  readonly regions: readonly RegionData[] = regions;

  constructor(
    readonly seed: number,
    readonly counts: Counts,
  ) {
    if (counts.organizations < regions.length)
      throw new Error(`at least ${regions.length} organisations are needed, one centre a region`);
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

  /** The region (its index in the geography) of the n-th organisation, event or programme. */
  regionIndexOf(index: number): number {
    return index % regions.length;
  }

  /** How many organisations region `r` has. */
  organizationsIn(regionIndex: number): number {
    return Math.floor((this.counts.organizations - 1 - regionIndex) / regions.length) + 1;
  }

  /** The id of the k-th organisation of a region (k = 0 is its generated resource centre). */
  organizationOf(regionIndex: number, k: number): string {
    return this.organizationId(regionIndex + regions.length * k);
  }

  /** The centre that owns the generated records of a region. */
  ownerOf(regionIndex: number): string {
    const seeded = SEED_REGIONAL_CENTRES[regions[regionIndex].code];
    return seeded ?? this.organizationOf(regionIndex, 0);
  }
}
