import { createRequire } from "node:module";

/** The totals an import keeps. */
export interface Totals {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Shows how far an import is. */
export interface Progress {
  update(totals: Totals, bytes: number): void;
  stop(): void;
}

interface Bar {
  start(total: number, value: number, payload: object): void;
  update(value: number, payload: object): void;
  stop(): void;
}

// cli-progress ships no types; this is the part of its API the bar uses.
const cliProgress = createRequire(__filename)("cli-progress") as {
  SingleBar: new (options: object, preset: object) => Bar;
  Presets: { shades_classic: object };
};

const rate = (rows: number, startedAt: number) =>
  Math.round(rows / Math.max((Date.now() - startedAt) / 1000, 0.001));

/** A bar on a terminal: bytes of the file read, rows, rows per second and the totals. */
function terminalProgress(fileBytes: number, startedAt: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format:
        "{bar} {percentage}% | {rows} rows | {rate} rows/s | created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}",
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(fileBytes, 0, { rows: 0, rate: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 });
  return {
    update: (totals, bytes) => bar.update(bytes, { ...totals, rate: rate(totals.rows, startedAt) }),
    stop: () => bar.stop(),
  };
}

/** Plain lines elsewhere (a log, CI), at most one every `everyMs`. */
function lineProgress(startedAt: number, write: (line: string) => void, everyMs = 2000): Progress {
  let last = 0;
  return {
    update: (totals) => {
      if (Date.now() - last < everyMs) return;
      last = Date.now();
      write(
        `progress: ${totals.rows} rows, ${rate(totals.rows, startedAt)} rows/s (created ${totals.created}, updated ${totals.updated}, unchanged ${totals.unchanged}, rejected ${totals.rejected})`,
      );
    },
    stop: () => undefined,
  };
}

/** A progress bar when stderr is a terminal, plain progress lines otherwise. */
export function createProgress(fileBytes: number, startedAt: number): Progress {
  return process.stderr.isTTY
    ? terminalProgress(fileBytes, startedAt)
    : lineProgress(startedAt, (line) => process.stderr.write(`${line}\n`));
}
