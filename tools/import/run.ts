import { ConfigError } from "../../subgraphs/shared/env";
import { batched, DEFAULT_BATCH, type BatchLimits } from "./batches";
import { sendBatch, type Rejection } from "./client";
import { mapColumns, rowOf, type ColumnMap, type RegisterRow } from "./columns";
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
  /** Show progress on stderr (a bar on a terminal, lines otherwise). */
  progress?: boolean;
}

export interface ImportSummary extends Totals {
  programmesCreated: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssBytes: number;
  /** Memory sampled after each batch (the heap after GC only under `--expose-gc`). */
  memory: MemoryFigures;
}

/** Lines before the header that may be a register's title, date or notes. */
const MAX_LINES_BEFORE_HEADER = 30;

async function findHeader(
  lines: AsyncIterator<RegisterLine>,
  mapping: Record<string, string> | undefined,
): Promise<ColumnMap> {
  for (let read = 0; read < MAX_LINES_BEFORE_HEADER; read += 1) {
    const next = await lines.next();
    if (next.done) break;
    const columns = mapColumns(next.value.cells, mapping);
    if (columns) return columns;
  }
  throw new ConfigError(
    `no header row with register columns («ИНН», «ОГРН», «Форма поддержки», …) in the first ${MAX_LINES_BEFORE_HEADER} lines; rename columns with --mapping`,
  );
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

/** The data rows after the header, a repeated register entry set aside as a rejection. */
async function* dataRows(
  lines: AsyncIterator<RegisterLine>,
  columns: ColumnMap,
  repeated: Rejection[],
  seen: SeenKeys,
): AsyncGenerator<RegisterRow> {
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const row = rowOf(next.value.line, next.value.cells, columns);
    if (!row) continue;
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
  let programmesCreated = 0;
  try {
    const lines = readRegister(options.file, { encoding: options.encoding, progress: read });
    const columns = await findHeader(lines, options.mapping);
    const headerOf = (field: string | null) =>
      (field && columns.headers[field as keyof typeof columns.headers]) || field || "";
    const repeated: Rejection[] = [];
    for await (const batch of batched(
      dataRows(lines, columns, repeated, new SeenKeys()),
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
        [...answer.rejections, ...local].sort((a, b) => a.row - b.row),
        headerOf,
      );
      totals.rows += batch.length + local.length;
      totals.created += answer.created;
      totals.updated += answer.updated;
      totals.unchanged += answer.unchanged;
      totals.rejected += answer.rejected + local.length;
      programmesCreated += answer.programmesCreated;
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
    programmesCreated,
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
