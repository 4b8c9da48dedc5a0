import { readFileSync } from "node:fs";

/** One line of the import's CSV report. */
export interface ReportLine {
  row: number;
  column: string;
  code: string;
  message: string;
}

/**
 * The lines of an import report written as CSV (with a BOM): row, column, code and message of
 * each, quoted cells unquoted.
 */
export function readReport(path: string): ReportLine[] {
  const [, ...lines] = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  return lines.map((line) => {
    const cells = line
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .map((cell) => cell.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
    return { row: Number(cells[0]), column: cells[1], code: cells[3], message: cells[4] };
  });
}
