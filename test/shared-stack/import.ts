import { mkdtempSync, writeFileSync } from "node:fs";
import { importerAt, readReport } from "../support/import-report";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { IsNull, Not } from "typeorm";
import { backends } from "../support/backends";
import { errorCodes, graphql } from "../support/graphql";
import { withInnCheckDigit, withOgrnCheckDigit } from "../../subgraphs/shared/identifiers";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";
import { bearer } from "../support/subgraph";
import { SeenKeys } from "../../tools/import/seen-keys";
import {
  REGISTER_HEADER,
  registerRows,
  writeRegisterXlsx,
} from "../../tools/import/sample-register";

const TYUMEN = bearer("org-rc-tyumen");
const KURGAN = bearer("org-rc-kurgan");
const folder = mkdtempSync(join(tmpdir(), "import-test-"));

/** Writes a register as Windows-1251 CSV with `;`, the way Excel saves one in Russia. */
function writeCp1251(name: string, rows: string[][]): string {
  const path = join(folder, name);
  const quote = (cell: string) => (cell.includes(";") ? `"${cell}"` : cell);
  const text = [REGISTER_HEADER, ...rows].map((cells) => cells.map(quote).join(";")).join("\r\n");
  writeFileSync(path, iconv.encode(text, "win1251"));
  return path;
}

describe.each(backends)("register import (%s)", (_name, backend) => {
  let stack: TestStack;
  const importFile = importerAt(() => stack.gateway.url, TYUMEN.authorization);
  // By entity, so the count finds each subgraph's table on either database.
  const count = (subgraph: string, entity: string, where: Record<string, unknown> = {}) =>
    stack.subgraphs[subgraph].database.dataSource.getRepository(entity).countBy(where);

  beforeAll(async () => {
    stack = await sharedStack(backend);
  });

  // 40 generated rows, every 8th bad (INN, amount, dates, form of support, OGRN), then a repeated row
  // and a row naming an organisation that another centre owns.
  let register: string;
  const foreignInn = withInnCheckDigit("450000001");

  it("imports the good rows and reports each bad one with its column and the API's error", async () => {
    const created = await graphql(
      stack.gateway.url,
      `
        mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            id
          }
        }
      `,
      { input: { name: "АНО «Курганская»", kind: "NGO", inn: foreignInn, regionCode: "RU-KGN" } },
      KURGAN,
    );
    expect(created.errors).toBeUndefined();
    const rows = [...registerRows({ rows: 40, invalidEvery: 8 })];
    const foreign = [...rows[0]];
    foreign[0] = "9001";
    foreign[5] = withOgrnCheckDigit("114500000001");
    foreign[6] = foreignInn;
    register = writeCp1251("register-1251.csv", [...rows, rows[2], foreign]);

    const summary = await importFile(register);

    expect(summary).toMatchObject({ rows: 42, created: 35, updated: 0, unchanged: 0, rejected: 7 });
    const report = readReport(`${register}.report.csv`);
    expect(report.map(({ row, column, code }) => [row, column, code])).toEqual([
      [9, "ИНН", "BAD_USER_INPUT"],
      [17, "Размер поддержки (руб.)", "BAD_USER_INPUT"],
      [25, "Дата включения сведений в реестр", "BAD_USER_INPUT"],
      [33, "Форма поддержки", "BAD_USER_INPUT"],
      [41, "ОГРН", "BAD_USER_INPUT"],
      [42, "Номер реестровой записи", "BAD_USER_INPUT"],
      [43, "ИНН", "FORBIDDEN"],
    ]);
    expect(report[0].message).toMatch(/valid check digits/);
    expect(report[1].message).toMatch(/at most 2 decimal places/);
    expect(report[2].message).toMatch(/It is before decisionDate/);
    expect(report[3].message).toMatch(/Expected a form of support/);
    expect(report[4].message).toMatch(/valid check digit/);
    expect(report[5].message).toMatch(/Row 4 has the same register entry/);
    expect(report[6].message).toMatch(/belongs to org-rc-kurgan/);
    // Two supports per organisation: 35 awards to the organisations of the good rows.
    expect(await count("programmes", "Award", { externalKey: Not(IsNull()) })).toBe(35);
  });

  it("changes nothing when the same register is imported again", async () => {
    const awards = await count("programmes", "Award");
    const organizations = await count("organizations", "Organization");
    const summary = await importFile(register);
    expect(summary).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 35,
      rejected: 7,
      programmesCreated: 0,
    });
    expect(await count("programmes", "Award")).toBe(awards);
    expect(await count("organizations", "Organization")).toBe(organizations);
  });

  it("refuses a repeated register entry in a later batch as in the same one", async () => {
    // Four rows a batch: row 42 repeats row 4, which went to the API ten batches earlier.
    const summary = await importFile(register, { batch: { rows: 4, bytes: 900_000 } });
    expect(summary).toMatchObject({ rows: 42, unchanged: 35, rejected: 7 });
    const repeat = readReport(`${register}.report.csv`).find(({ row }) => row === 42);
    expect(repeat).toMatchObject({ column: "Номер реестровой записи", code: "BAD_USER_INPUT" });
    expect(repeat!.message).toMatch(/Row 4 has the same register entry/);
  });

  it("validates everything in a dry run and writes nothing", async () => {
    const file = writeCp1251("dry.csv", [
      ...registerRows({ rows: 20, invalidEvery: 10, offset: 5000 }),
    ]);
    const before = [
      await count("programmes", "Award"),
      await count("organizations", "Organization"),
      await count("programmes", "SupportProgramme"),
    ];
    const summary = await importFile(file, { dryRun: true });
    expect(summary).toMatchObject({ rows: 20, created: 18, rejected: 2 });
    expect([
      await count("programmes", "Award"),
      await count("organizations", "Organization"),
      await count("programmes", "SupportProgramme"),
    ]).toEqual(before);
  });

  it("imports an .xlsx register, its header below a title line", async () => {
    const file = join(folder, "register.xlsx");
    await writeRegisterXlsx(file, { rows: 12, invalidEvery: 6, offset: 7000 });
    const summary = await importFile(file);
    expect(summary).toMatchObject({ rows: 12, created: 10, rejected: 2 });
    const report = readReport(`${file}.report.csv`);
    expect(report.map(({ row, column }) => [row, column])).toEqual([
      [8, "ИНН"],
      [14, "Размер поддержки (руб.)"],
    ]);
  });

  it("serves the same import to the dashboard as a mutation, with a size limit", async () => {
    const mutation = `mutation($rows: [RegisterRowInput!]!) { importRegister(rows: $rows) { created unchanged rejected rejections { row field code } } }`;
    const row = {
      row: 2,
      entryNumber: "X-1",
      decisionDate: "01.02.2024",
      supportBody: "Департамент",
      name: "АНО «Новая»",
      inn: withInnCheckDigit("729999999"),
      supportForm: "консультационная",
    };
    const answer = await graphql(stack.gateway.url, mutation, { rows: [row] }, TYUMEN);
    expect(answer.data!.importRegister).toEqual({
      created: 1,
      unchanged: 0,
      rejected: 0,
      rejections: [],
    });
    const anonymous = await graphql(stack.gateway.url, mutation, { rows: [row] });
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const tooMany = await graphql(
      stack.gateway.url,
      mutation,
      { rows: Array.from({ length: 1001 }, (_, index) => ({ ...row, row: index })) },
      TYUMEN,
    );
    expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
  });

  it("lets a centre name its own record, whoever owns it, as createAward does", async () => {
    const inn = withInnCheckDigit("729999998");
    const centre = await graphql(
      stack.gateway.url,
      `
        mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            id
            ownerId
          }
        }
      `,
      {
        input: {
          name: "АНО «Ресурсный центр»",
          kind: "RESOURCE_CENTRE",
          inn,
          regionCode: "RU-TYU",
        },
      },
      bearer("coordinator", "coordinator"),
    );
    const { id, ownerId } = centre.data!.createOrganization;
    expect(ownerId).not.toBe(id);
    const answer = await graphql(
      stack.gateway.url,
      `
        mutation ($rows: [RegisterRowInput!]!) {
          importRegister(rows: $rows) {
            created
            unchanged
            rejected
            rejections {
              message
            }
          }
        }
      `,
      {
        rows: [
          {
            row: 2,
            entryNumber: "X-2",
            decisionDate: "01.02.2024",
            supportBody: "Департамент",
            name: "АНО «Ресурсный центр»",
            inn,
            supportForm: "консультационная",
          },
        ],
      },
      bearer(id),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importRegister).toMatchObject({ created: 1, rejected: 0, rejections: [] });
  });
});

describe("the keys an import remembers (SeenKeys)", () => {
  it("finds the first row of every repeated key, across the table's growth", () => {
    const seen = new SeenKeys(16);
    // Collected and compared once: 40,000 separate expectations cost seconds of matcher work.
    const wrong: string[] = [];
    for (let row = 1; row <= 20_000; row += 1) {
      const first = seen.firstRowOf(`entry:${row}`, row);
      if (first !== undefined) wrong.push(`new key ${row} seen at ${first}`);
    }
    expect(seen.size).toBe(20_000);
    for (let row = 1; row <= 20_000; row += 1) {
      const first = seen.firstRowOf(`entry:${row}`, row + 20_000);
      if (first !== row) wrong.push(`repeated key ${row} seen at ${first}`);
    }
    expect(wrong).toEqual([]);
    expect(seen.firstRowOf("inn:7200000001:01.02.2024", 40_001)).toBeUndefined();
    expect(seen.size).toBe(20_001);
  });

  it("keeps a fixed number of bytes a key, however long the keys are", () => {
    // The whole per-row state of an import: what a 100,000-row file costs is known in advance.
    const seen = new SeenKeys();
    for (let row = 1; row <= 100_000; row += 1)
      seen.firstRowOf(`inn:${"7".repeat(200)}${row}:01.02.2024`, row);
    expect(seen.bytes / seen.size).toBeLessThanOrEqual(32);
    expect(seen.bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
