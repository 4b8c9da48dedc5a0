/**
 * A seeded pseudo-random source. Faker (Russian locale) fills small pools of names once per
 * seed; the rows themselves are drawn with this much cheaper generator (mulberry32), one
 * stream per table, so a table's rows depend only on the seed and their own count, never on
 * the order the tables are written in.
 */
export class Random {
  private state: number;

  constructor(seed: number, salt: string) {
    let hash = seed >>> 0;
    for (const char of salt) hash = Math.imul(hash ^ char.charCodeAt(0), 2654435761) >>> 0;
    this.state = hash;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Up to `count` distinct items. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    for (let i = 0; i < count * 3 && chosen.size < count; i += 1) chosen.add(this.pick(items));
    return [...chosen];
  }
}

/** Names the rows are made of (see faker-pools.ts). */
export interface NamePools {
  lastNames: string[];
  firstNames: string[];
  streets: string[];
}
