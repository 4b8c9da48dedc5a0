import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
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

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report of rejected rows, written as it goes (one line per rejected row): CSV (UTF-8 with
 * a BOM, so spreadsheets read the Cyrillic) or, for a `.json` path, a JSON array.
 */
export class ReportWriter {
  private readonly out: WriteStream;
  private readonly json: boolean;
  private lines = 0;

  constructor(readonly path: string) {
    this.json = /\.json$/i.test(path);
    this.out = createWriteStream(path);
    this.out.write(this.json ? "[\n" : `\uFEFF${COLUMNS.join(",")}\n`);
  }

  /** Adds the rejections of one batch, naming each field by the file's own column header. */
  async add(rejections: Rejection[], headerOf: (field: string | null) => string): Promise<void> {
    for (const rejection of rejections) {
      const line: ReportLine = {
        row: rejection.row,
        column: headerOf(rejection.field),
        value: rejection.value ?? "",
        code: rejection.code,
        message: rejection.message,
      };
      const text = this.json
        ? `${this.lines ? ",\n" : ""}${JSON.stringify(line)}`
        : `${COLUMNS.map((column) => csvCell(line[column])).join(",")}\n`;
      this.lines += 1;
      if (!this.out.write(text)) await once(this.out, "drain");
    }
  }

  async close(): Promise<void> {
    this.out.end(this.json ? "\n]\n" : "");
    await once(this.out, "finish");
  }
}
