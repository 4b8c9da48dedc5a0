import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import ExcelJS from "exceljs";
import type { Rejection } from "./client";

/** A line of the report: the rejection, with the column named as the file names it. */
export interface ReportLine {
  row: number;
  column: string;
  value: string;
  code: string;
  message: string;
}

const COLUMNS = ["row", "column", "value", "code", "message"] as const;

/**
 * The characters a spreadsheet reads as the start of a formula, as OWASP's rule for CSV
 * injection lists them: `=`, `+`, `-`, `@`, tab and carriage return. A report quotes the
 * register's own cells (a rejected INN, a name), so a crafted register could otherwise put
 * `=HYPERLINK("https://…"&A1, "Open")` in front of the centre that opens its report.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made inert for a spreadsheet: text that would start a formula gets a leading
 * single quote, which spreadsheets show and never evaluate. Applied to CSV and .xlsx alike, so
 * both reports read the same.
 */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV cell: inert, and quoted when it holds a separator, a quote, a line break or a formula. */
function csvCell(value: string | number): string {
  const text = String(value);
  const inert = inertCell(text);
  return inert !== text || /[",;\r\n]/.test(text) ? `"${inert.replace(/"/g, '""')}"` : text;
}

/** Where a report's lines go: one of the three formats. */
interface Sink {
  add: (line: ReportLine) => Promise<void>;
  close: () => Promise<void>;
}

/** CSV (UTF-8 with a BOM, so spreadsheets read the Cyrillic) or a JSON array, streamed. */
function textSink(path: string, json: boolean): Sink {
  const out: WriteStream = createWriteStream(path);
  let lines = 0;
  out.write(json ? "[\n" : `\uFEFF${COLUMNS.join(",")}\n`);
  return {
    async add(line) {
      const text = json
        ? `${lines ? ",\n" : ""}${JSON.stringify(line)}`
        : `${COLUMNS.map((column) => csvCell(line[column])).join(",")}\n`;
      lines += 1;
      if (!out.write(text)) await once(out, "drain");
    },
    async close() {
      out.end(json ? "\n]\n" : "");
      await once(out, "finish");
    },
  };
}

/**
 * An .xlsx workbook written with exceljs's streaming writer (rows are flushed as they are
 * committed). Every cell is a text or number value, never a formula, and text is made inert as
 * in CSV, so the report stays safe when it is saved again as CSV.
 */
function xlsxSink(path: string): Sink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = workbook.addWorksheet("rejected rows");
  sheet.addRow([...COLUMNS]).commit();
  return {
    async add(line) {
      sheet
        .addRow(COLUMNS.map((column) => (column === "row" ? line.row : inertCell(line[column]))))
        .commit();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/**
 * The report of rejected rows, written as it goes (one line per rejected row, after the notes on
 * the header and beside the warnings on imported rows): CSV, or for a
 * `.json` path a JSON array, or for an `.xlsx` path a workbook. Cells that a spreadsheet would
 * read as a formula are made inert (inertCell).
 */
export class ReportWriter {
  private readonly sink: Sink;

  constructor(readonly path: string) {
    if (/\.xlsx$/i.test(path)) this.sink = xlsxSink(path);
    else this.sink = textSink(path, /\.json$/i.test(path));
  }

  /** Adds lines as they are (the notes on the header). */
  async addLines(lines: ReportLine[]): Promise<void> {
    for (const line of lines) await this.sink.add(line);
  }

  /** Adds the rejections of one batch, naming each field by the file's own column header. */
  async add(rejections: Rejection[], headerOf: (field: string | null) => string): Promise<void> {
    for (const rejection of rejections) {
      await this.sink.add({
        row: rejection.row,
        column: headerOf(rejection.field),
        value: rejection.value ?? "",
        code: rejection.code,
        message: rejection.message,
      });
    }
  }

  close(): Promise<void> {
    return this.sink.close();
  }
}
