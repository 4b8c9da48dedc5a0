/** First, last and largest of a series of samples, in bytes. */
export interface Series {
  first: number;
  last: number;
  max: number;
}

/** The importer's memory over a run, sampled after each batch. */
export interface MemoryFigures {
  /** Resident set size, as the operating system counts it. */
  rss: Series;
  /**
   * V8 heap in use right after a full garbage collection: what the importer really retains.
   * Null unless Node runs with `--expose-gc` (the benchmark does), since forcing a collection
   * per batch costs time a normal import need not spend.
   */
  heapAfterGc: Series | null;
  /** Memory of Buffers and other objects outside the V8 heap (sockets, the file's chunks). */
  external: Series;
  samples: number;
}

const track = (series: Series | null, value: number): Series =>
  series
    ? { first: series.first, last: value, max: Math.max(series.max, value) }
    : { first: value, last: value, max: value };

/**
 * Samples memory after each batch. RSS alone cannot show whether the importer retains per-row
 * state, because V8 lets garbage pile up until its next major collection; the heap after a
 * forced collection can, so it is sampled too when `global.gc` exists.
 */
export class MemorySampler {
  private rss: Series | null = null;
  private heap: Series | null = null;
  private external: Series | null = null;
  private samples = 0;

  sample(): void {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      this.heap = track(this.heap, process.memoryUsage().heapUsed);
    }
    this.rss = track(this.rss, process.memoryUsage.rss());
    this.external = track(this.external, process.memoryUsage().external);
    this.samples += 1;
  }

  figures(): MemoryFigures {
    if (!this.rss) this.sample();
    return {
      rss: this.rss!,
      heapAfterGc: this.heap,
      external: this.external!,
      samples: this.samples,
    };
  }
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** `RSS first 120.0 / last 121.3 / max 125.2 MiB; heap after GC first … MiB` for the summary. */
export function describeMemory(memory: MemoryFigures): string {
  const series = (name: string, value: Series) =>
    `${name} first ${mib(value.first)} / last ${mib(value.last)} / max ${mib(value.max)} MiB`;
  const parts = [series("RSS", memory.rss)];
  if (memory.heapAfterGc) parts.push(series("heap after GC", memory.heapAfterGc));
  parts.push(series("external", memory.external));
  return `memory over ${memory.samples} batches: ${parts.join("; ")}`;
}
