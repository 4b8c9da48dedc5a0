import { SingleBar, Presets } from "cli-progress";

/** Counts the rows of one table as they are written. */
export interface Progress {
  tick(rows?: number): void;
  done(): void;
}

/**
 * A progress bar on a terminal; elsewhere (CI, a log file) one plain line per tenth, so the
 * log shows that the run moves without a line per row.
 */
export function progressOf(label: string, total: number, stream = process.stderr): Progress {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        format: `${label.padEnd(16)} {bar} {percentage}% | {value}/{total} | {duration_formatted}`,
        stream,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: (rows = 1) => bar.increment(rows), done: () => bar.stop() };
  }
  let written = 0;
  let nextReport = Math.ceil(total / 10);
  return {
    tick(rows = 1) {
      written += rows;
      if (written >= nextReport && written < total) {
        stream.write(`${label}: ${written}/${total}\n`);
        nextReport += Math.ceil(total / 10);
      }
    },
    done: () =>
      stream.write(
        `${label}: ${total}/${total} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      ),
  };
}

/** A progress that reports nothing, for tests. */
export const silentProgress = (): Progress => ({ tick: () => {}, done: () => {} });
