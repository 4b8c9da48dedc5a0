import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { withInnCheckDigit, withOgrnCheckDigit } from "../subgraphs/shared/identifiers";
import { MAX_ROW_CHARS, MAX_XLSX_BYTES } from "../tools/import/read-register";
import { REGISTER_HEADER } from "../tools/import/sample-register";
import { entryArgs } from "./support/entry";
import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { bearer } from "./support/subgraph";

/**
 * The register import through the real stack and the real command: it says no more about
 * another centre's records than `organization(id:)` does, and its reader refuses a row or a file
 * over a stated size before buffering it.
 */
const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), "import-privacy-"));

/** An INN and OGRN with valid check digits, distinct per `n`. */
const identifiers = (n: number) => ({
  inn: withInnCheckDigit(`45${String(n).padStart(7, "0")}`),
  ogrn: withOgrnCheckDigit(`11245${String(n).padStart(7, "0")}`),
});

/** A register file naming one organisation per INN. */
function register(name: string, inns: string[]): string {
  const file = join(folder, name);
  const rows = inns.map((inn, index) =>
    [
      `P-${index + 1}`,
      "28.03.2024",
      "15.03.2024",
      "Департамент социального развития Тюменской области",
      `АНО «Проверка ${inn}»`,
      "",
      inn,
      "625000, г. Тюмень",
      "88.99",
      "финансовая",
      "1000,00",
      "",
    ].join(";"),
  );
  writeFileSync(file, `${REGISTER_HEADER.join(";")}\n${rows.join("\n")}\n`);
  return file;
}

async function importCommand(centre: string, file: string, report: string) {
  const token = bearer(centre).authorization.replace("Bearer ", "");
  const args = ["--centre", centre, "--token", token, "--file", file, "--report", report];
  try {
    const { stdout, stderr } = await run(process.execPath, [
      ...entryArgs("tools/import/index.ts"),
      ...args,
      "--gateway",
      stack.gateway.url,
      "--dry-run",
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let stack: TestStack;
let archived: { id: string; inn: string };
const unknown = identifiers(2).inn;

beforeAll(async () => {
  stack = await startStack();
  // Kurgan's centre registers an organisation and archives it.
  const kurgan = bearer("org-rc-kurgan");
  const { inn, ogrn } = identifiers(1);
  const created = await graphql<{ createOrganization: { id: string } }>(
    stack.gateway.url,
    `
      mutation ($input: CreateOrganizationInput!) {
        createOrganization(input: $input) {
          id
        }
      }
    `,
    { input: { name: "АНО «Архивная»", kind: "NGO", inn, ogrn } },
    kurgan,
  );
  const id = created.data!.createOrganization.id;
  const result = await graphql(
    stack.gateway.url,
    `
      mutation ($id: ID!) {
        archiveOrganization(id: $id) {
          id
        }
      }
    `,
    { id },
    kurgan,
  );
  expect(result.errors).toBeUndefined();
  archived = { id, inn };
});

afterAll(() => stack.close());

describe("the import and another centre's archived organisation", () => {
  it("is hidden from Tyumen by organization(id:)", async () => {
    const answer = await graphql(
      stack.gateway.url,
      `
        query ($id: ID!) {
          organization(id: $id) {
            id
            name
          }
        }
      `,
      { id: archived.id },
      bearer("org-rc-tyumen"),
    );
    expect(answer.data).toEqual({ organization: null });
  });

  it("answers Tyumen's dry run for its INN exactly as for an INN nobody has", async () => {
    const report = join(folder, "tyumen.json");
    const file = register("tyumen.csv", [archived.inn, unknown]);
    const result = await importCommand("org-rc-tyumen", file, report);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n").at(-1)).toBe(
      "created 2, updated 0, unchanged 0, rejected 0",
    );
    const text = readFileSync(report, "utf8");
    expect(JSON.parse(text)).toEqual([]);
    expect(text + result.stdout + result.stderr).not.toMatch(/archived|org-rc-kurgan/);
  });

  it("still tells Kurgan, its owner, that the organisation is archived", async () => {
    const report = join(folder, "kurgan.json");
    const file = register("kurgan.csv", [archived.inn]);
    const result = await importCommand("org-rc-kurgan", file, report);
    expect(result.code).toBe(0);
    const [line] = JSON.parse(readFileSync(report, "utf8")) as { message: string }[];
    expect(line.message).toContain(`Organization ${archived.id} is archived.`);
  });
});

describe("the register reader's bounds", () => {
  it(`refuses a row over ${MAX_ROW_CHARS} characters (an unclosed quote) naming its line`, async () => {
    const file = join(folder, "unclosed.csv");
    const good = register("good.csv", [unknown]);
    // A 20 MB cell whose quote never closes: the rest of the file would be one cell.
    writeFileSync(
      file,
      `${readFileSync(good, "utf8")}"${"а".repeat(10_000_000)}\n${"б".repeat(100)}`,
    );
    const started = Date.now();
    const result = await importCommand("org-rc-tyumen", file, join(folder, "unclosed.json"));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `import: ${file}: the row from line 3 is longer than ${MAX_ROW_CHARS} characters (MAX_ROW_CHARS); look there for a quote (") that is never closed`,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it(`refuses an .xlsx row over ${MAX_ROW_CHARS} characters naming its row`, async () => {
    const file = join(folder, "long-row.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("реестр");
    sheet.addRow(REGISTER_HEADER);
    sheet.addRow(["1", "28.03.2024", "15.03.2024", "Орган", "я".repeat(MAX_ROW_CHARS + 1)]);
    await workbook.xlsx.writeFile(file);
    const result = await importCommand("org-rc-tyumen", file, join(folder, "long-row.json"));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `import: ${file}: row 2 is longer than ${MAX_ROW_CHARS} characters (MAX_ROW_CHARS)`,
    );
  });

  it(`refuses an .xlsx file over ${MAX_XLSX_BYTES} bytes before reading it`, async () => {
    const file = join(folder, "huge.xlsx");
    writeFileSync(file, "");
    // A sparse file: its size is what is checked, and it takes no disk.
    truncateSync(file, MAX_XLSX_BYTES + 1);
    const result = await importCommand("org-rc-tyumen", file, join(folder, "huge.json"));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `import: ${file}: ${MAX_XLSX_BYTES + 1} bytes is more than the ${MAX_XLSX_BYTES} an .xlsx register may have (MAX_XLSX_BYTES); save it as CSV, which is read row by row`,
    );
  });
});
