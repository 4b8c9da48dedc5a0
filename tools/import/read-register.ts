import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { ConfigError } from "../../subgraphs/shared/env";

/** One line of a register: its number in the file (or sheet) and its cells as text. */
export interface RegisterLine {
  line: number;
  cells: string[];
}

export type Encoding = "utf-8" | "windows-1251";

/** Bytes read so far, for the progress bar. */
export interface ReadProgress {
  bytes: number;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * The most characters one CSV row may hold, its cells together. A register row is twelve cells
 * of names, an address and activity codes: a few hundred characters, a few thousand at most.
 * A quote that is never closed would otherwise make the rest of the file one cell, buffered
 * whole (a 600 MB cell took the command to 863 MiB before it failed); csv-parse stops at this
 * size instead (`max_record_size`), before buffering more.
 */
export const MAX_ROW_CHARS = 64 * 1024;

/**
 * The largest .xlsx file read. exceljs keeps the workbook's shared strings (every distinct cell
 * text) in memory and each row whole while it is read, so the file's size bounds what one row
 * and the whole table can take. A register of 100,000 rows is about 10 MB as .xlsx.
 */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;

/** A register file the reader refuses: too large a row or file; the message names where. */
export class RegisterFileError extends Error {}

async function sample(file: string): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The encoding of a CSV file: UTF-8 when it starts with the UTF-8 BOM or its first 64 KiB
 * decode as valid UTF-8, else Windows-1251 (the other encoding Russian spreadsheets save in).
 * Cyrillic in Windows-1251 is almost never valid UTF-8, so the guess is safe.
 */
export function detectEncoding(head: Buffer): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  try {
    // `stream: true` lets a character cut at the end of the sample pass.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1251";
  }
}

/** The separator of a CSV file: whichever of `;`, `,` and tab its first line has most of. */
export function detectDelimiter(firstLine: string): string {
  const counts = [";", ",", "\t"].map((separator) => ({
    separator,
    count: firstLine.split(separator).length - 1,
  }));
  return counts.sort((a, b) => b.count - a.count)[0].separator;
}

/** Counts the bytes a stream passes on. */
function counting(progress: ReadProgress): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      progress.bytes += chunk.length;
      done(null, chunk);
    },
  });
}

/** The lines of a CSV register, decoded and parsed as a stream (csv-parse): never read whole. */
async function* csvLines(
  file: string,
  forced: Encoding | undefined,
  progress: ReadProgress,
): AsyncGenerator<RegisterLine> {
  const head = await sample(file);
  const encoding = forced ?? detectEncoding(head);
  const firstLine = iconv.decode(head, encoding).split(/\r?\n/)[0];
  const parser = parse({
    delimiter: detectDelimiter(firstLine),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_ROW_CHARS,
  });
  const input = createReadStream(file);
  const source: Readable = input
    .pipe(counting(progress))
    .pipe(iconv.decodeStream(encoding))
    .pipe(parser);
  let lastLine = 0;
  try {
    for await (const { record, info } of source as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      lastLine = info.lines;
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    if ((error as { code?: string }).code !== "CSV_MAX_RECORD_SIZE") throw error;
    throw new RegisterFileError(
      `${file}: the row from line ${lastLine + 1} is longer than ${MAX_ROW_CHARS} characters (MAX_ROW_CHARS); look there for a quote (") that is never closed`,
    );
  } finally {
    // Stops reading the file too: a refused row must not be followed by a read of the rest.
    input.destroy();
    source.destroy();
  }
}

/** A cell of a spreadsheet as the register's text: dates as 01.03.2024, formulas by result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const [year, month, day] = value.toISOString().slice(0, 10).split("-");
    return `${day}.${month}.${year}`;
  }
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

/** The lines of the first sheet of an .xlsx register, read with exceljs's streaming reader. */
async function* xlsxLines(file: string, progress: ReadProgress): AsyncGenerator<RegisterLine> {
  const { size } = await stat(file);
  if (size > MAX_XLSX_BYTES)
    throw new RegisterFileError(
      `${file}: ${size} bytes is more than the ${MAX_XLSX_BYTES} an .xlsx register may have (MAX_XLSX_BYTES); save it as CSV, which is read row by row`,
    );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    createReadStream(file).pipe(counting(progress)),
    { sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit" },
  );
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      const cells = Array.from(values, cellText);
      // exceljs has read the row by now (its size bounded by the file's); the same row limit as
      // CSV keeps a giant row from going on into batches.
      const chars = cells.reduce((total, cell) => total + cell.length, 0);
      if (chars > MAX_ROW_CHARS)
        throw new RegisterFileError(
          `${file}: row ${row.number} is longer than ${MAX_ROW_CHARS} characters (MAX_ROW_CHARS)`,
        );
      yield { line: row.number, cells };
    }
    // Only the first sheet is the register; the reader still drains the rest of the file.
    break;
  }
}

/**
 * The lines of a register file, streamed: CSV (UTF-8 or Windows-1251, `;`, `,` or tab
 * separated) or .xlsx (its first sheet). `progress.bytes` counts what was read.
 */
export function readRegister(
  file: string,
  options: { encoding?: Encoding; progress: ReadProgress },
): AsyncGenerator<RegisterLine> {
  if (/\.xlsx$/i.test(file)) return xlsxLines(file, options.progress);
  if (/\.xls$/i.test(file))
    throw new ConfigError(`--file must be CSV or .xlsx; save "${file}" as .xlsx first`);
  return csvLines(file, options.encoding, options.progress);
}
