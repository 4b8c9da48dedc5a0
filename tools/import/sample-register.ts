import { createWriteStream } from "node:fs";
import { once } from "node:events";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { withInnCheckDigit, withOgrnCheckDigit } from "../../subgraphs/shared/identifiers";

/** The header of a register as regional authorities publish it. */
export const REGISTER_HEADER = [
  "Номер реестровой записи",
  "Дата включения сведений в реестр",
  "Дата принятия решения об оказании поддержки",
  "Наименование органа, предоставившего поддержку",
  "Полное наименование некоммерческой организации",
  "ОГРН",
  "ИНН",
  "Почтовый адрес (местонахождение)",
  "Виды деятельности",
  "Форма поддержки",
  "Размер поддержки (руб.)",
  "Срок оказания поддержки",
];

/**
 * The kinds of bad row the generator writes, in turn. An activity no list knows is not one: the
 * import keeps it as free text with a warning.
 */
export const DEFECTS = ["inn", "amount", "dates", "form", "ogrn"] as const;
export type Defect = (typeof DEFECTS)[number];

/** A small deterministic generator, so a register and its expected report can be rebuilt. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (max: number) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % max;
  };
}

const digits = (next: (max: number) => number, count: number) =>
  Array.from({ length: count }, () => next(10)).join("");

/** A valid identifier with its last digit changed: the check digit no longer matches. */
export const brokenCheckDigit = (value: string) =>
  `${value.slice(0, -1)}${(Number(value.at(-1)) + 1) % 10}`;

const BODIES = [
  "Департамент социального развития Тюменской области",
  "Комитет по делам национальностей Тюменской области",
  "Департамент культуры Тюменской области",
];
const FORMS = ["финансовая", "консультационная", "имущественная", "информационная"];
const ACTIVITIES = ["88.99", "94.99", "85.41; 93.19", "88.10, 90.04"];
const NAMES = [
  "Автономная некоммерческая организация «Добрые соседи",
  "Тюменская региональная общественная организация «Открытое сердце",
  "Благотворительный фонд «Вместе",
];

const date = (day: number, month: number, year: number) =>
  `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;

/** Options of a generated register. */
export interface RegisterOptions {
  rows: number;
  /** Every n-th row is bad (none when 0), with the defects of DEFECTS in turn. */
  invalidEvery?: number;
  /** Each organisation receives this many supports (rows), so later rows reuse it. */
  supportsPerOrganization?: number;
  seed?: number;
  /** Added to entry numbers and identifiers, so two registers name different NGOs. */
  offset?: number;
}

/** The defect of data row `index` (0-based), or null for a good row. */
export function defectOf(index: number, invalidEvery = 0): Defect | null {
  if (!invalidEvery || (index + 1) % invalidEvery !== 0) return null;
  return DEFECTS[((index + 1) / invalidEvery - 1) % DEFECTS.length];
}

/** The data rows of a generated register, one array of cells per row, as a stream. */
export function* registerRows(options: RegisterOptions): Generator<string[]> {
  const next = random(options.seed ?? 42);
  const per = options.supportsPerOrganization ?? 2;
  const offset = options.offset ?? 0;
  for (let index = 0; index < options.rows; index += 1) {
    const org = Math.floor(index / per) + offset;
    const inn = withInnCheckDigit(`72${String(org).padStart(7, "0")}`);
    const ogrn = withOgrnCheckDigit(`1127200${String(org).padStart(5, "0")}`);
    const month = 1 + next(12);
    const defect = defectOf(index, options.invalidEvery);
    const decision = date(1 + next(27), month, 2024);
    const entry = defect === "dates" ? date(1, month, 2023) : date(28, month, 2024);
    const cents = defect === "amount" ? ".125" : `.${digits(next, 2)}`;
    const body = BODIES[next(BODIES.length)];
    // Drawn for every row, so a defect does not shift the rows after it.
    const form = FORMS[next(FORMS.length)];
    yield [
      String(index + 1 + offset),
      entry,
      decision,
      body,
      `${NAMES[org % NAMES.length]} ${org}»`,
      defect === "ogrn" ? brokenCheckDigit(ogrn) : ogrn,
      defect === "inn" ? brokenCheckDigit(inn) : inn,
      `625000, Тюменская область, г. Тюмень, ул. Республики, д. ${1 + (org % 200)}`,
      ACTIVITIES[org % ACTIVITIES.length],
      defect === "form" ? "натуральная" : form,
      `${100000 + next(900000)}${cents.replace(".", ",")}`,
      `${decision} - 31.12.2024`,
    ];
  }
}

const csvCell = (value: string, separator: string) =>
  value.includes(separator) || /["\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes a generated register as CSV, streamed: `;` or `,`, UTF-8 or Windows-1251. */
export async function writeRegisterCsv(
  path: string,
  options: RegisterOptions & { separator?: string; encoding?: "utf-8" | "windows-1251" },
): Promise<void> {
  const separator = options.separator ?? ";";
  const out = createWriteStream(path);
  const write = async (cells: string[]) => {
    const line = `${cells.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
    const bytes =
      options.encoding === "windows-1251" ? iconv.encode(line, "win1251") : Buffer.from(line);
    if (!out.write(bytes)) await once(out, "drain");
  };
  await write(REGISTER_HEADER);
  for (const row of registerRows(options)) await write(row);
  out.end();
  await once(out, "finish");
}

/** Writes a generated register as .xlsx with exceljs's streaming writer, a title line first. */
export async function writeRegisterXlsx(path: string, options: RegisterOptions): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = workbook.addWorksheet("Реестр");
  sheet
    .addRow(["Реестр социально ориентированных некоммерческих организаций — получателей поддержки"])
    .commit();
  sheet.addRow(REGISTER_HEADER).commit();
  for (const row of registerRows(options)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/** `node -r @swc-node/register tools/import/sample-register.ts --rows N --out FILE [...]` */
async function main(argv: string[]): Promise<void> {
  const { parseArgs } = await import("node:util");
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: "string", default: "1000" },
      out: { type: "string", default: "register.csv" },
      "invalid-every": { type: "string", default: "0" },
      encoding: { type: "string", default: "utf-8" },
      separator: { type: "string", default: ";" },
    },
  });
  const options = { rows: Number(values.rows), invalidEvery: Number(values["invalid-every"]) };
  if (/\.xlsx$/i.test(values.out)) await writeRegisterXlsx(values.out, options);
  else
    await writeRegisterCsv(values.out, {
      ...options,
      separator: values.separator,
      encoding: values.encoding === "windows-1251" ? "windows-1251" : "utf-8",
    });
  console.log(`wrote ${options.rows} rows to ${values.out}`);
}

if (require.main === module) void main(process.argv.slice(2));
