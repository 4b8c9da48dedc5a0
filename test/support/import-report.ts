import { readFileSync } from "node:fs";
import { runImport, type ImportOptions } from "../../tools/import/run";

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

/**
 * Imports a register file through the gateway at `gatewayUrl()` with a credential, writing its
 * report beside the file (`<file>.report.csv`); `extra` overrides any option.
 */
export function importerAt(gatewayUrl: () => string, authorization: string) {
  return (file: string, extra: Partial<ImportOptions> = {}) =>
    runImport({
      gateway: gatewayUrl(),
      authorization,
      file,
      fileBytes: 0,
      reportPath: `${file}.report.csv`,
      ...extra,
    });
}
