import { ConfigError } from "../../subgraphs/shared/env";
import { BatchError } from "./client";
import { readImportFlags } from "./flags";
import { describeMemory } from "./memory";
import { RegisterFileError } from "./read-register";
import { runImport, summaryLine } from "./run";

/** `npm run import`: imports a register file through the gateway, then prints the totals. */
async function main(argv: string[]): Promise<void> {
  const options = readImportFlags(argv);
  const summary = await runImport({ ...options, progress: true });
  for (const note of summary.columnNotes) console.log(`column ${note}`);
  const mib = (summary.peakRssBytes / 1024 / 1024).toFixed(0);
  if (options.dryRun) console.log("dry run: nothing was written");
  console.log(
    `${summary.rows} rows in ${summary.seconds.toFixed(1)} s (${summary.rowsPerSecond} rows/s), peak RSS ${mib} MiB, ${summary.programmesCreated} programmes created; report: ${options.reportPath}`,
  );
  console.log(describeMemory(summary.memory));
  if (summary.warned)
    console.log(`${summary.warned} rows imported with a warning (UNKNOWN_ACTIVITY in the report)`);
  console.log(summaryLine(summary));
}

main(process.argv.slice(2)).catch((error: Error) => {
  const known =
    error instanceof ConfigError ||
    error instanceof BatchError ||
    error instanceof RegisterFileError;
  console.error(known ? `import: ${error.message}` : error);
  process.exit(1);
});
