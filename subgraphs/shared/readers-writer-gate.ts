/**
 * A readers-writer gate: any number of reads at once, or one write (read-isolation.ts uses it to
 * serialise the reads of a `:memory:` SQLite database with its write transactions). A waiting
 * writer goes before reads that arrive after it, so a steady stream of searches cannot starve
 * an import; reads that queued behind it go together when it is done.
 */
export class ReadersWriterGate {
  private reading = 0;
  private writing = false;
  private readonly writers: (() => void)[] = [];
  private readers: (() => void)[] = [];

  /** Runs `work` among the reads; `next` counts a queued read in before waking it. */
  async read<R>(work: () => Promise<R>): Promise<R> {
    if (this.writing || this.writers.length)
      await new Promise<void>((resolve) => this.readers.push(resolve));
    else this.reading += 1;
    try {
      return await work();
    } finally {
      this.reading -= 1;
      this.next();
    }
  }

  /** Runs `work` alone; `next` hands the gate to a queued writer before waking it. */
  async write<R>(work: () => Promise<R>): Promise<R> {
    if (this.writing || this.reading)
      await new Promise<void>((resolve) => this.writers.push(resolve));
    else this.writing = true;
    try {
      return await work();
    } finally {
      this.writing = false;
      this.next();
    }
  }

  private next(): void {
    if (this.writing || this.reading) return;
    const writer = this.writers.shift();
    if (writer) {
      this.writing = true;
      writer();
      return;
    }
    const readers = this.readers;
    this.readers = [];
    this.reading += readers.length;
    readers.forEach((resolve) => resolve());
  }
}
