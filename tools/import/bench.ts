import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { promisify } from "node:util";
import { signToken } from "../../gateway/service-tokens";
// The benchmark needs the whole platform on free ports, which the test support already starts
// (four subgraphs on in-memory SQLite over real HTTP behind the real gateway).
import { startStack } from "../../test/support/stack";
import { testAuth } from "../../test/support/subgraph";
import { writeRegisterCsv } from "./sample-register";
import { entryArgs } from "../entry";

const run = promisify(execFile);

/**
 * `npm run import:bench [-- --rows N]`: generates a register of N rows (default 100,000; every
 * 50th row bad), imports it with `npm run import` in a child process against a stack on SQLite,
 * and prints rows per second and the importer's peak memory, then a rerun's figures.
 */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: "string", default: "100000" },
      // Measures the importer without writing: the same reading, batching, requests and report.
      "dry-run": { type: "boolean", default: false },
    },
  });
  const rows = Number(values.rows);
  const folder = mkdtempSync(join(tmpdir(), "import-bench-"));
  const file = join(folder, "register.csv");
  await writeRegisterCsv(file, {
    rows,
    invalidEvery: 50,
    separator: ";",
    encoding: "windows-1251",
  });
  const stack = await startStack();
  try {
    const token = signToken(
      testAuth.service,
      { organizationId: "org-rc-tyumen", role: "centre" },
      3600,
    );
    const importOnce = async (label: string) => {
      const { stdout } = await run(
        process.execPath,
        [
          // Lets the importer sample its heap after a full collection (see memory.ts).
          "--expose-gc",
          ...entryArgs("tools/import/index.ts"),
          "--centre",
          "org-rc-tyumen",
          "--token",
          token,
          "--file",
          file,
          "--gateway",
          stack.gateway.url,
          ...(values["dry-run"] ? ["--dry-run"] : []),
        ],
        { maxBuffer: 16 * 1024 * 1024 },
      );
      return `${label}:\n${stdout
        .trim()
        .split("\n")
        .map((line) => `    ${line}`)
        .join("\n")}`;
    };
    const size = (statSync(file).size / 1024 / 1024).toFixed(1);
    console.log(`register: ${rows} rows, ${size} MiB, Windows-1251, ";" (every 50th row bad)`);
    console.log(await importOnce("first import"));
    console.log(await importOnce("rerun of the same file"));
    console.log(
      `platform process (gateway + 4 subgraphs) RSS at the end: ${(process.memoryUsage.rss() / 1024 / 1024).toFixed(0)} MiB`,
    );
  } finally {
    await stack.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
