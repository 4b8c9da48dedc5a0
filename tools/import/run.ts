import { batched, DEFAULT_BATCH, type BatchLimits } from "./batches";
import { sendBatch, type Rejection } from "./client";
import { rowOf, type ColumnMap, type RegisterRow } from "./columns";
import { findHeader, isNumberingRow } from "./header";
import { MemorySampler, type MemoryFigures } from "./memory";
import { createProgress, type Totals } from "./progress";
import { readRegister, type Encoding, type ReadProgress, type RegisterLine } from "./read-register";
import { ReportWriter } from "./report";
import { SeenKeys } from "./seen-keys";

/** Everything one import needs; the command line (index.ts) fills it in. */
export interface ImportOptions {
  gateway: string;
  /** The `Authorization` header value: `Bearer <credential>`. */
  authorization: string;
  file: string;
  fileBytes: number;
  reportPath: string;
  dryRun?: boolean;
  mapping?: Record<string, string>;
  encoding?: Encoding;
  batch?: BatchLimits;
  /**
   * The body that granted the support, for a register without a column for it: in the form of
   * order No. 223 the body keeping the register names itself in the title, not in a column.
   */
  supportBody?: string;
  /** Show progress on stderr (a bar on a terminal, lines otherwise). */
  progress?: boolean;
}

export interface ImportSummary extends Totals {
  /** Distinct programmes created (or, in a dry run, that would be) over all batches. */
  programmesCreated: number;
  /** Rows imported with a note (an activity kept as free text). */
  warned: number;
  /** Header notes: columns not recognised, columns the import needs but the file lacks. */
  columnNotes: string[];
  seconds: number;
  rowsPerSecond: number;
  peakRssBytes: number;
  /** Memory sampled after each batch (the heap after GC only under `--expose-gc`). */
  memory: MemoryFigures;
}

/** The key the API finds an award by, as the row gives it (see register-rows.ts). */
function rowKey(row: RegisterRow): string {
  return row.entryNumber
    ? `entry:${row.entryNumber}`
    : `inn:${row.inn ?? row.ogrn}:${row.decisionDate}`;
}

/**
 * The same refusal importRegister gives a row repeating an earlier row's register entry, for a
 * repeat in another batch: the API sees one batch at a time.
 */
function duplicate(row: RegisterRow, earlier: number): Rejection {
  const byEntry = Boolean(row.entryNumber);
  const field = byEntry ? "entryNumber" : "decisionDate";
  const value = (byEntry ? row.entryNumber : row.decisionDate) ?? null;
  const reason = byEntry ? "the same register entry" : "the same INN and decision date";
  return {
    row: row.row,
    field,
    value,
    code: "BAD_USER_INPUT",
    message: `Invalid value for "${field}": ${JSON.stringify(value)}. Row ${earlier} has ${reason}.`,
  };
}

/** The lines read while looking for the header, then the rest of the file. */
async function* linesAfter(
  first: RegisterLine[],
  lines: AsyncIterator<RegisterLine>,
): AsyncGenerator<RegisterLine> {
  yield* first;
  for (let next = await lines.next(); !next.done; next = await lines.next()) yield next.value;
}

/** The data rows after the header, a repeated register entry set aside as a rejection. */
async function* dataRows(
  lines: AsyncIterable<RegisterLine>,
  columns: ColumnMap,
  repeated: Rejection[],
  seen: SeenKeys,
  supportBody: string | undefined,
): AsyncGenerator<RegisterRow> {
  for await (const line of lines) {
    // Column numbers under the header (1, 2, 3, …) are not a row of the register.
    if (isNumberingRow(line.cells)) continue;
    const row = rowOf(line.line, line.cells, columns);
    if (!row) continue;
    if (supportBody && !row.supportBody) row.supportBody = supportBody;
    // The only state kept for every row: 64-bit fingerprints of the keys (see seen-keys.ts).
    const earlier = seen.firstRowOf(rowKey(row), row.row);
    if (earlier !== undefined) repeated.push(duplicate(row, earlier));
    else yield row;
  }
}

/**
 * Imports a register file through the gateway's importRegister, batch by batch, streaming: the
 * file is read as the batches go, and only the current batch is held. Writes the report of
 * rejected rows and returns the totals. Stops at the first batch the API refuses as a whole.
 */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const startedAt = Date.now();
  let peakRssBytes = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
  }, 100);
  const read: ReadProgress = { bytes: 0 };
  const memory = new MemorySampler();
  const report = new ReportWriter(options.reportPath);
  const progress = options.progress ? createProgress(options.fileBytes, startedAt) : null;
  const totals: Totals = { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  // The keys of new programmes: a dry run's batches each create them again (nothing is kept).
  const programmes = new Set<string>();
  let warned = 0;
  let columnNotes: string[] = [];
  try {
    const lines = readRegister(options.file, { encoding: options.encoding, progress: read });
    const header = await findHeader(lines, options.mapping, Boolean(options.supportBody));
    const { columns } = header;
    // Named up front: a column the import did not recognise, before any row it makes fail.
    await report.addLines(header.notes);
    columnNotes = header.notes.map(({ column, message }) => `«${column}»: ${message}`);
    const headerOf = (field: string | null) =>
      (field && columns.headers[field as keyof typeof columns.headers]) || field || "";
    const repeated: Rejection[] = [];
    for await (const batch of batched(
      dataRows(
        linesAfter(header.rest, lines),
        columns,
        repeated,
        new SeenKeys(),
        options.supportBody,
      ),
      options.batch ?? DEFAULT_BATCH,
    )) {
      const answer = await sendBatch(
        options.gateway,
        options.authorization,
        batch,
        options.dryRun ?? false,
      );
      const local = repeated.splice(0);
      await report.add(
        [...answer.rejections, ...local, ...answer.warnings].sort((a, b) => a.row - b.row),
        headerOf,
      );
      warned += new Set(answer.warnings.map(({ row }) => row)).size;
      totals.rows += batch.length + local.length;
      totals.created += answer.created;
      totals.updated += answer.updated;
      totals.unchanged += answer.unchanged;
      totals.rejected += answer.rejected + local.length;
      answer.programmeKeysCreated.forEach((key) => programmes.add(key));
      progress?.update(totals, read.bytes);
      memory.sample();
    }
    // Repeats after the last batch was sent.
    const tail = repeated.splice(0);
    await report.add(tail, headerOf);
    totals.rows += tail.length;
    totals.rejected += tail.length;
  } finally {
    clearInterval(sampler);
    progress?.stop();
    await report.close();
  }
  const seconds = (Date.now() - startedAt) / 1000;
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
  return {
    ...totals,
    programmesCreated: programmes.size,
    warned,
    columnNotes,
    seconds,
    rowsPerSecond: Math.round(totals.rows / Math.max(seconds, 0.001)),
    peakRssBytes,
    memory: memory.figures(),
  };
}

/** The summary line every run ends with. */
export function summaryLine(summary: Totals): string {
  return `created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`;
}
