import { readFileSync } from "node:fs";
import { ConfigError } from "../../subgraphs/shared/env";

/** The row fields of `importRegister` (RegisterRowInput), without `row`. */
export const ROW_FIELDS = [
  "entryNumber",
  "entryDate",
  "decisionDate",
  "supportBody",
  "name",
  "ogrn",
  "inn",
  "address",
  "activities",
  "supportForm",
  "amount",
  "period",
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** A register row as the import sends it: the cells of the recognised columns, as text. */
export type RegisterRow = { row: number } & Partial<Record<RowField, string>>;

/**
 * Column names as regional registers of supported socially oriented NGOs print them (the
 * register form of Government Decree No. 713 of 30.07.2021 and its regional copies), folded
 * (lower case, ё as е, single spaces). The field names themselves are accepted too.
 */
const REGISTER_COLUMNS: Record<string, RowField> = {
  "номер реестровой записи": "entryNumber",
  "номер реестровой записи и дата включения сведений в реестр": "entryNumber",
  "дата включения сведений в реестр": "entryDate",
  "дата принятия решения об оказании поддержки": "decisionDate",
  "дата принятия решения об оказании поддержки или о прекращении оказания поддержки":
    "decisionDate",
  "наименование органа, предоставившего поддержку": "supportBody",
  "полное наименование некоммерческой организации": "name",
  "наименование некоммерческой организации": "name",
  огрн: "ogrn",
  "основной государственный регистрационный номер": "ogrn",
  инн: "inn",
  "идентификационный номер налогоплательщика": "inn",
  "почтовый адрес (местонахождение)": "address",
  "почтовый адрес (местонахождение) постоянно действующего органа некоммерческой организации":
    "address",
  "виды деятельности": "activities",
  "виды деятельности некоммерческой организации": "activities",
  "форма поддержки": "supportForm",
  "размер поддержки (руб.)": "amount",
  "размер поддержки, руб.": "amount",
  "срок оказания поддержки": "period",
};

/**
 * Column names in other words, as registers in the form of Minekonomrazvitiya order No. 223
 * (17.05.2011) and regional variants print them, tried in order when a folded name is not in
 * REGISTER_COLUMNS: «Основание для включения (исключения) сведений в реестр» holds the decision
 * and its date, «наименование постоянно действующего органа некоммерческой организации» the
 * NGO's name, «… (ОГРН)» and «… (ИНН)» the identifiers. The support body's name is tried before
 * the NGO's, since both start with «наименование».
 */
const COLUMN_PATTERNS: [RegExp, RowField][] = [
  [/реестров\S* запис/, "entryNumber"],
  [/дата включения/, "entryDate"],
  [/основание для включения|дата принятия решения|дата решения/, "decisionDate"],
  [/орган\S*,? (предоставивш|оказавш)/, "supportBody"],
  [/ огрн |основной государственный регистрационный номер/, "ogrn"],
  [/ инн |идентификационный номер налогоплательщика/, "inn"],
  [/адрес|местонахождени/, "address"],
  [/виды? деятельности/, "activities"],
  [/форма поддержки|вид поддержки/, "supportForm"],
  [/размер поддержки|сумма поддержки/, "amount"],
  [/срок (оказания )?поддержки/, "period"],
  [/наименование/, "name"],
];

/** A header folded for matching: lower case, ё as е, one space between words, no BOM. */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();
}

/** Which field each column of a header row holds (null for columns the import ignores). */
export interface ColumnMap {
  fields: (RowField | null)[];
  /** The header as the file prints it, by field: what the report names. */
  headers: Partial<Record<RowField, string>>;
}

/**
 * Reads a mapping file: a JSON object from a column name of the file to a register column name
 * or a field name (`{"ИНН организации": "ИНН", "Сумма": "amount"}`). ConfigError naming the
 * file and the entry when it is not one.
 */
export function readMapping(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(
      `--mapping must name a JSON file, got "${path}": ${(error as Error).message}`,
    );
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new ConfigError(`--mapping must hold a JSON object of column names, got "${path}"`);
  const mapping: Record<string, string> = {};
  for (const [from, to] of Object.entries(parsed)) {
    if (typeof to !== "string" || !fieldOf(to))
      throw new ConfigError(
        `--mapping maps "${from}" to ${JSON.stringify(to)}, which is neither a register column nor one of ${ROW_FIELDS.join(", ")}`,
      );
    mapping[foldHeader(from)] = to;
  }
  return mapping;
}

function fieldOf(name: string): RowField | null {
  if ((ROW_FIELDS as readonly string[]).includes(name)) return name as RowField;
  const folded = foldHeader(name);
  if (REGISTER_COLUMNS[folded]) return REGISTER_COLUMNS[folded];
  // Punctuation as spaces, and a space at each end: `\b` does not see Cyrillic as letters, so
  // the patterns find a whole word («инн», not «длинный») by the spaces around it.
  const padded = ` ${folded.replace(/[()«»"',.:;–—-]/g, " ").replace(/\s+/g, " ")} `;
  return COLUMN_PATTERNS.find(([pattern]) => pattern.test(padded))?.[1] ?? null;
}

/** The fields of a header row, after the mapping's renames; null when it is not a header. */
export function mapColumns(
  header: string[],
  mapping: Record<string, string> = {},
): ColumnMap | null {
  const fields = header.map((cell) => {
    const renamed = mapping[foldHeader(cell)] ?? cell;
    return fieldOf(renamed);
  });
  const found = fields.filter(Boolean);
  // A title line above the table («Реестр СО НКО — получателей поддержки») is not the header.
  if (found.length < 2) return null;
  const headers: Partial<Record<RowField, string>> = {};
  fields.forEach((field, index) => {
    if (field && !headers[field]) headers[field] = header[index].replace(/^\uFEFF/, "").trim();
  });
  return { fields, headers };
}

/** The row of the import from a data line's cells. */
export function rowOf(line: number, cells: string[], columns: ColumnMap): RegisterRow | null {
  const row: RegisterRow = { row: line };
  let filled = false;
  columns.fields.forEach((field, index) => {
    const value = cells[index]?.trim();
    if (field && value && !row[field]) {
      row[field] = value;
      filled = true;
    }
  });
  return filled ? row : null;
}
