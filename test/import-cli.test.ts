import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";
import { entryArgs } from "./support/entry";
import { bearer } from "./support/subgraph";

const run = promisify(execFile);
const token = bearer("org-rc-tyumen").authorization.replace("Bearer ", "");
const fixtures = join(__dirname, "fixtures/import");
const folder = mkdtempSync(join(tmpdir(), "import-cli-"));

/** Runs `npm run import` as a user would, without a terminal: plain progress lines. */
async function importCommand(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      ...entryArgs("tools/import/index.ts"),
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run import", () => {
  let stack: TestStack;
  let file: string;
  beforeAll(async () => {
    stack = await startStack();
    file = join(folder, "renamed-columns.csv");
    copyFileSync(join(fixtures, "renamed-columns.csv"), file);
  });
  afterAll(() => stack.close());

  const flags = () => [
    "--centre",
    "org-rc-tyumen",
    "--token",
    token,
    "--file",
    file,
    "--gateway",
    stack.gateway.url,
    "--mapping",
    join(fixtures, "renamed-columns.mapping.json"),
  ];
  const imported = () =>
    graphql(
      stack.gateway.url,
      `
        {
          organizations(filter: { search: "Переименованные колонки" }) {
            totalCount
          }
        }
      `,
    );

  it("checks a register with renamed columns in a dry run and writes nothing", async () => {
    const result = await importCommand([
      ...flags(),
      "--dry-run",
      "--report",
      join(folder, "dry.json"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dry run: nothing was written/);
    expect(result.stdout.trim().split("\n").at(-1)).toBe(
      "created 2, updated 0, unchanged 0, rejected 0",
    );
    expect(JSON.parse(readFileSync(join(folder, "dry.json"), "utf8"))).toEqual([]);
    expect((await imported()).data!.organizations.totalCount).toBe(0);
  });

  it("imports it, and a rerun reports every row unchanged", async () => {
    const first = await importCommand(flags());
    expect(first.stdout.trim().split("\n").at(-1)).toBe(
      "created 2, updated 0, unchanged 0, rejected 0",
    );
    expect((await imported()).data!.organizations.totalCount).toBe(1);
    const again = await importCommand(flags());
    expect(again.stdout.trim().split("\n").at(-1)).toBe(
      "created 0, updated 0, unchanged 2, rejected 0",
    );
  });

  it("refuses a credential of another centre than --centre, naming both", async () => {
    const result = await importCommand([
      ...flags().slice(0, 1),
      "org-rc-kurgan",
      ...flags().slice(2),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--token names "org-rc-tyumen", not --centre "org-rc-kurgan"/);
  });
});
