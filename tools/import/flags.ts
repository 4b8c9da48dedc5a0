import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  ConfigError,
  checkReadableFile,
  readPositiveInt,
  readUrl,
} from "../../subgraphs/shared/env";
import { IMPORT_MAX_ROWS } from "../../subgraphs/shared/import-report";
import { DEFAULT_BATCH } from "./batches";
import { readMapping } from "./columns";
import type { Encoding } from "./read-register";
import type { ImportOptions } from "./run";

export const USAGE =
  "usage: npm run import -- --centre <id> --token <credential> --file register.csv|.xlsx [--gateway URL] [--dry-run] [--report FILE.csv|.json|.xlsx] [--mapping FILE] [--encoding utf-8|windows-1251] [--batch-size N] [--support-body NAME]";

const OPTIONS = {
  centre: { type: "string" },
  token: { type: "string" },
  file: { type: "string" },
  gateway: { type: "string" },
  report: { type: "string" },
  mapping: { type: "string" },
  encoding: { type: "string" },
  "batch-size": { type: "string" },
  "support-body": { type: "string" },
  "dry-run": { type: "boolean" },
} as const;

/** The subject (`sub`) a credential names, read without verifying it: the API verifies. */
function subjectOf(token: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
    return typeof payload.sub === "string" ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value === "")
    throw new ConfigError(`--${name} is required\n${USAGE}`);
  return value;
}

function encodingOf(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const folded = value.toLowerCase().replace(/^cp/, "windows-");
  if (folded === "utf-8" || folded === "utf8") return "utf-8";
  if (folded === "windows-1251") return "windows-1251";
  throw new ConfigError(`--encoding must be utf-8 or windows-1251, got "${value}"`);
}

/**
 * Reads the command line of `npm run import` with Node's util.parseArgs (strict: an unknown
 * flag is refused). ConfigError names the flag and the value. The credential must name the
 * centre given with --centre, so a register is never imported under the wrong centre's name.
 */
export function readImportFlags(argv: string[]): ImportOptions & { centre: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
  }
  const centre = required(values, "centre");
  const token = required(values, "token").replace(/^Bearer\s+/i, "");
  const subject = subjectOf(token);
  if (subject !== centre)
    throw new ConfigError(
      `--token names ${JSON.stringify(subject ?? "no centre")}, not --centre "${centre}"`,
    );
  const file = checkReadableFile("--file", required(values, "file"));
  const gateway = readUrl(
    { "--gateway": values.gateway as string | undefined },
    "--gateway",
    "http://localhost:4000/graphql",
  );
  const rows = readPositiveInt(
    { "--batch-size": values["batch-size"] as string | undefined },
    "--batch-size",
    DEFAULT_BATCH.rows,
  );
  if (rows > IMPORT_MAX_ROWS)
    throw new ConfigError(`--batch-size must be at most ${IMPORT_MAX_ROWS}, got "${rows}"`);
  return {
    centre,
    gateway,
    authorization: `Bearer ${token}`,
    file,
    fileBytes: statSync(file).size,
    reportPath: (values.report as string | undefined) ?? `${file}.report.csv`,
    dryRun: values["dry-run"] === true,
    mapping: values.mapping ? readMapping(values.mapping as string) : undefined,
    encoding: encodingOf(values.encoding as string | undefined),
    batch: { rows, bytes: DEFAULT_BATCH.bytes },
    supportBody: (values["support-body"] as string | undefined)?.trim() || undefined,
  };
}
