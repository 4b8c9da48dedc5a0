import { ConfigError } from "../../subgraphs/shared/env";
import { mapColumns, type ColumnMap } from "./columns";
import type { RegisterLine } from "./read-register";
import type { ReportLine } from "./report";

/**
 * Lines at the top of a sheet the header may be in: a register's title, its date, a note, then
 * the header, often two rows of it (a group heading such as «Сведения о предоставленной
 * поддержке» merged over the columns it groups, their own names below).
 */
export const HEADER_SEARCH_LINES = 10;

/** The columns of a register and where its data starts. */
export interface RegisterHeader {
  columns: ColumnMap;
  /** The line of the file the header ends on (the lower row of a two-row header). */
  line: number;
  /** The lines read past the header while looking for it: the first data rows. */
  rest: RegisterLine[];
  /** Report lines on the header: columns not recognised, and columns an import needs but lacks. */
  notes: ReportLine[];
}

/**
 * Two header rows read as one: a column's own name from the lower row, or, where the lower cell
 * is empty (a name merged down over both rows, as «Номер реестровой записи» often is), the upper.
 */
function mergedHeader(upper: string[], lower: string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, index) => lower[index]?.trim() || upper[index] || "");
}

const score = (columns: ColumnMap | null) =>
  columns ? new Set(columns.fields.filter(Boolean)).size : 0;

/** A row of column numbers under the header (1, 2, 3, …), which some registers print. */
export function isNumberingRow(cells: string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  return (
    filled.length >= 3 &&
    filled.every(
      (cell, index) => /^\d{1,2}$/.test(cell) && (index === 0 || +cell > +filled[index - 1]),
    )
  );
}

/** A row, or two rows read as one, that names register columns; `last` is its (lower) row. */
interface Candidate {
  columns: ColumnMap;
  cells: string[];
  last: number;
}

/**
 * The rows, and pairs of adjacent rows read as one, that name at least two register columns, in
 * file order. A pair is a candidate only when it names more than either of its rows alone.
 */
function candidates(top: RegisterLine[], mapping: Record<string, string> | undefined) {
  const found: Candidate[] = [];
  top.forEach((line, index) => {
    const single = mapColumns(line.cells, mapping);
    if (single) found.push({ columns: single, cells: line.cells, last: index });
    const below = top[index + 1];
    if (!below) return;
    const cells = mergedHeader(line.cells, below.cells);
    const pair = mapColumns(cells, mapping);
    const alone = Math.max(score(single), score(mapColumns(below.cells, mapping)));
    if (pair && score(pair) > alone) found.push({ columns: pair, cells, last: index + 1 });
  });
  return found;
}

/** What the import needs a column for, by the name a register usually gives it. */
const NEEDED: [keyof ColumnMap["headers"], string][] = [
  ["decisionDate", "Дата принятия решения об оказании поддержки"],
  ["supportBody", "Наименование органа, предоставившего поддержку"],
  ["supportForm", "Форма поддержки"],
];

function headerNotes(
  columns: ColumnMap,
  cells: string[],
  line: number,
  bodyGiven: boolean,
): ReportLine[] {
  const unrecognised = cells
    .map((cell, index) => ({ cell: cell.trim(), field: columns.fields[index] }))
    .filter(({ cell, field }) => cell && !field)
    .map(({ cell }) => cell);
  const notes: ReportLine[] = unrecognised.map((cell) => ({
    row: line,
    column: cell,
    value: "",
    code: "UNKNOWN_COLUMN",
    message:
      "Not a register column the import knows: its cells are not imported. Name it in a --mapping file to import it.",
  }));
  const missing = NEEDED.filter(
    ([field]) => !columns.headers[field] && !(field === "supportBody" && bodyGiven),
  );
  if (!columns.headers.inn && !columns.headers.ogrn) missing.push(["inn", "ИНН"]);
  const others = unrecognised.length
    ? ` Columns not recognised: ${unrecognised.map((cell) => `«${cell}»`).join(", ")}.`
    : "";
  for (const [field, usual] of missing)
    notes.push({
      row: line,
      column: usual,
      value: "",
      code: "MISSING_COLUMN",
      message: `No column holds ${field} («${usual}»), so every row will be refused for it; rename its column or name it in a --mapping file${field === "supportBody" ? " (or give --support-body)" : ""}.${others}`,
    });
  return notes;
}

/**
 * Finds the header in the first HEADER_SEARCH_LINES lines: the row, or pair of rows (a group
 * heading above the names), that names the most register columns (at least two). A pair wins
 * only when it names more than either of its rows alone. ConfigError when no row names two register columns.
 */
export async function findHeader(
  lines: AsyncIterator<RegisterLine>,
  mapping: Record<string, string> | undefined,
  bodyGiven = false,
): Promise<RegisterHeader> {
  const top: RegisterLine[] = [];
  while (top.length < HEADER_SEARCH_LINES) {
    const next = await lines.next();
    if (next.done) break;
    top.push(next.value);
  }
  let found: Candidate | undefined;
  for (const candidate of candidates(top, mapping))
    if (!found || score(candidate.columns) > score(found.columns)) found = candidate;
  if (!found)
    throw new ConfigError(
      `no header row with register columns («ИНН», «ОГРН», «Форма поддержки», …) in the first ${HEADER_SEARCH_LINES} lines; rename columns with --mapping`,
    );
  const line = top[found.last].line;
  const rest = top.slice(found.last + 1);
  return {
    columns: found.columns,
    line,
    rest,
    notes: headerNotes(found.columns, found.cells, line, bodyGiven),
  };
}
