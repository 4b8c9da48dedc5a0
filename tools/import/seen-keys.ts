import { createHash } from "node:crypto";

const EMPTY = 0;
const MAX_LOAD = 0.75;

/**
 * The register keys an import has met, each with the row it was first met on, so a row that
 * repeats a key in a later batch is refused as importRegister refuses one in the same batch.
 *
 * It is written by hand, not a `Map<string, number>`, because it is the only state an import
 * keeps for every row: a Map of the key strings costs over a hundred bytes a row and grows
 * the heap with the file. Here each key is a 64-bit fingerprint (the first 8 bytes of its
 * SHA-1) in an open-addressing table of typed arrays, 12 bytes a slot, at most 75 % full: about
 * 3 MB at 100,000 rows, in array buffers the garbage collector never has to trace. Two different keys
 * share a fingerprint with a probability of about n² / 2⁶⁵ (3 in 100 million for a million
 * rows), which would refuse a row as a repeat.
 */
export class SeenKeys {
  private high: Uint32Array;
  private low: Uint32Array;
  /** The row a slot's key was first met on; 0 marks an empty slot (rows start at 1). */
  private rows: Uint32Array;
  private count = 0;

  constructor(capacity = 1024) {
    const slots = 2 ** Math.ceil(Math.log2(Math.max(capacity, 16)));
    this.high = new Uint32Array(slots);
    this.low = new Uint32Array(slots);
    this.rows = new Uint32Array(slots);
  }

  /** How many distinct keys it holds. */
  get size(): number {
    return this.count;
  }

  /** Bytes its table takes. */
  get bytes(): number {
    return this.rows.length * 12;
  }

  /**
   * The row that first had `key`, when an earlier row had it; otherwise records `key` as met
   * on `row` and returns undefined.
   */
  firstRowOf(key: string, row: number): number | undefined {
    const digest = createHash("sha1").update(key).digest();
    const high = digest.readUInt32LE(0);
    const low = digest.readUInt32LE(4);
    const slot = this.find(high, low);
    if (this.rows[slot] !== EMPTY) return this.rows[slot];
    this.high[slot] = high;
    this.low[slot] = low;
    this.rows[slot] = row;
    this.count += 1;
    if (this.count > this.rows.length * MAX_LOAD) this.grow();
    return undefined;
  }

  /** The slot holding the fingerprint, or the empty slot where it belongs (linear probing). */
  private find(high: number, low: number): number {
    const mask = this.rows.length - 1;
    let slot = low & mask;
    while (this.rows[slot] !== EMPTY && (this.high[slot] !== high || this.low[slot] !== low))
      slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, rows } = this;
    this.high = new Uint32Array(rows.length * 2);
    this.low = new Uint32Array(rows.length * 2);
    this.rows = new Uint32Array(rows.length * 2);
    for (let slot = 0; slot < rows.length; slot += 1) {
      if (rows[slot] === EMPTY) continue;
      const target = this.find(high[slot], low[slot]);
      this.high[target] = high[slot];
      this.low[target] = low[slot];
      this.rows[target] = rows[slot];
    }
  }
}
