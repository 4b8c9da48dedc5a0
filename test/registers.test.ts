import { execFile } from "node:child_process";
import { importerAt, readReport } from "./support/import-report";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readActivities } from "../subgraphs/organizations/activities/read-activities";
import { writeRegisterCsv } from "../tools/import/sample-register";
import { backends } from "./support/backends";
import { entryArgs } from "./support/entry";
import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { bearer } from "./support/subgraph";
import {
  CSV_HEADER,
  DEPARTMENT,
  csvRows,
  writePublishedCsv,
  writePublishedXlsx,
} from "./fixtures/import/published-registers";

const TYUMEN = bearer("org-rc-tyumen");
const folder = mkdtempSync(join(tmpdir(), "registers-"));
const run = promisify(execFile);

const lineOf = ({ row, column, code }: { row: number; column: string; code: string }) => [
  row,
  column,
  code,
];

describe("the activities of a register cell (7-FZ art. 31.1 п. 1)", () => {
  const numbers = (cell: string) => readActivities(cell).activities.map(({ number }) => number);

  it("reads an item whose own words hold commas as one activity, not three", () => {
    expect(
      readActivities("социальное обслуживание, социальная поддержка и защита граждан"),
    ).toMatchObject({
      unknown: [],
    });
    expect(numbers("социальное обслуживание, социальная поддержка и защита граждан")).toEqual([1]);
  });

  it("parts several activities at commas and semicolons alike, case and ё folded", () => {
    expect(
      numbers(
        "Охрана окружающей среды и защита животных, ПРОФИЛАКТИКА социально опасных форм поведения граждан; благотворительная деятельность, а также деятельность в области организации и поддержки благотворительности и добровольчества (волонтёрства)",
      ),
    ).toEqual([4, 7, 8]);
  });

  it("keeps what the list does not know as written, and OKVED codes as codes", () => {
    expect(readActivities("1) социальное обслуживание; 2) помощь бездомным людям; 88.99")).toEqual({
      activities: [expect.objectContaining({ number: 1 })],
      codes: ["88.99"],
      unknown: ["помощь бездомным людям"],
    });
    expect(readActivities("94.99, 99.77").unknown).toEqual(["99.77"]);
  });
});

describe.each(backends)("registers as they are published (%s)", (_name, backend) => {
  let stack: TestStack;
  const importFile = importerAt(() => stack.gateway.url, TYUMEN.authorization);
  const count = (subgraph: string, entity: string) =>
    stack.subgraphs[subgraph].database.dataSource.getRepository(entity).count();
  const counts = async () => [
    await count("organizations", "Organization"),
    await count("programmes", "SupportProgramme"),
    await count("programmes", "Award"),
  ];

  beforeAll(async () => {
    stack = await startStack(await backend.createDatabase());
  });
  afterAll(() => stack.close());

  const csv = join(folder, `register-1251-${backend.name}.csv`);

  it("imports every valid row of a Windows-1251 register with activities in words", async () => {
    writePublishedCsv(csv);
    const summary = await importFile(csv);
    expect(summary).toMatchObject({ rows: 8, created: 6, updated: 0, rejected: 2, warned: 1 });
    expect(readReport(`${csv}.report.csv`).map(lineOf)).toEqual([
      [3, "Примечание", "UNKNOWN_COLUMN"],
      [6, "Виды деятельности некоммерческой организации", "UNKNOWN_ACTIVITY"],
      [9, "ИНН", "BAD_USER_INPUT"],
      [10, "Дата принятия решения об оказании поддержки", "BAD_USER_INPUT"],
    ]);
    const answer = await graphql(
      stack.gateway.url,
      `
        {
          care: organizations(filter: { search: "Забота" }) {
            edges {
              node {
                focusAreas
              }
            }
          }
          home: organizations(filter: { search: "Тёплый дом" }) {
            edges {
              node {
                focusAreas
              }
            }
          }
        }
      `,
    );
    expect(answer.data!.care.edges[0].node.focusAreas).toEqual([
      "Социальное обслуживание, социальная поддержка и защита граждан",
      "Благотворительность, поддержка благотворительности и добровольчества (волонтёрства)",
    ]);
    expect(answer.data!.home.edges[0].node.focusAreas).toEqual([
      "Социальное обслуживание, социальная поддержка и защита граждан",
      "помощь бездомным людям",
    ]);
  });

  it("changes nothing when the same register is imported again", async () => {
    const before = await counts();
    const summary = await importFile(csv);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 6, rejected: 2 });
    expect(summary.programmesCreated).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("imports an .xlsx register with a group heading above the headers, through the command", async () => {
    const file = join(folder, `register-223-${backend.name}.xlsx`);
    await writePublishedXlsx(file);
    const command = async () =>
      run(process.execPath, [
        ...entryArgs("tools/import/index.ts"),
        ...["--centre", "org-rc-tyumen", "--token", TYUMEN.authorization.slice(7)],
        ...["--file", file, "--gateway", stack.gateway.url, "--support-body", DEPARTMENT],
      ]);
    const first = await command();
    expect(first.stdout.trim().split("\n").at(-1)).toBe(
      "created 4, updated 0, unchanged 0, rejected 1",
    );
    expect(first.stdout).toMatch(/column «Информация \(если имеется\) о нарушениях/);
    expect(readReport(`${file}.report.csv`).map(lineOf)).toEqual([
      [4, expect.stringMatching(/^Информация \(если имеется\)/), "UNKNOWN_COLUMN"],
      [6, "виды деятельности некоммерческой организации", "UNKNOWN_ACTIVITY"],
      [8, expect.stringMatching(/\(ОГРН\)$/), "BAD_USER_INPUT"],
    ]);
    const before = await counts();
    const again = await command();
    expect(again.stdout.trim().split("\n").at(-1)).toBe(
      "created 0, updated 0, unchanged 4, rejected 1",
    );
    expect(await counts()).toEqual(before);
  });

  it("counts the same in a dry run as in the real run, whatever the batch size", async () => {
    const file = join(folder, `generated-${backend.name}.csv`);
    await writeRegisterCsv(file, {
      rows: 30,
      invalidEvery: 7,
      offset: 9000,
      encoding: "windows-1251",
    });
    const before = await counts();
    const dry = await importFile(file, { dryRun: true, batch: { rows: 3, bytes: 900_000 } });
    expect(await counts()).toEqual(before);
    const real = await importFile(file);
    const figures = ({
      created,
      updated,
      unchanged,
      rejected,
      programmesCreated,
      warned,
    }: typeof dry) => ({ created, updated, unchanged, rejected, programmesCreated, warned });
    expect(figures(dry)).toEqual(figures(real));
    expect(real.programmesCreated).toBeGreaterThan(0);
    expect(await count("programmes", "SupportProgramme")).toBe(before[1] + real.programmesCreated);
  });

  it("names a needed column the file lacks up front, with the columns it did not recognise", async () => {
    const file = join(folder, `renamed-decision-${backend.name}.csv`);
    const renamed = CSV_HEADER.map((name) =>
      name.startsWith("Дата принятия решения") ? "Когда решили" : name,
    );
    const quote = (cell: string) => `"${cell}"`;
    writeFileSync(
      file,
      [renamed, ...csvRows().slice(0, 2)].map((cells) => cells.map(quote).join(";")).join("\n"),
    );
    const summary = await importFile(file, { dryRun: true });
    expect(summary).toMatchObject({ rows: 2, rejected: 2 });
    const report = readReport(`${file}.report.csv`);
    expect(report.map(lineOf)).toEqual([
      [1, "Когда решили", "UNKNOWN_COLUMN"],
      [1, "Примечание", "UNKNOWN_COLUMN"],
      [1, "Дата принятия решения об оказании поддержки", "MISSING_COLUMN"],
      [2, "decisionDate", "BAD_USER_INPUT"],
      [3, "decisionDate", "BAD_USER_INPUT"],
    ]);
    expect(report[2].message).toMatch(/No column holds decisionDate.*«Когда решили», «Примечание»/);
  });
});
