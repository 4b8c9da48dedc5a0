import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRELOAD } from "../../tools/entry";
import { waitFor, type SpawnedProcess } from "./spawned";

const root = join(__dirname, "..", "..");

/** What a copy of the repository needs to scaffold, compose and run a subgraph on its own. */
const COPIED = [
  "subgraphs",
  "tools",
  "gateway",
  "schema",
  "package.json",
  "tsconfig.json",
  "supergraph.yaml",
  ".prettierrc.json",
  "eslint.config.mjs",
];

/**
 * A temporary copy of the repository's sources (node_modules linked, not copied), so a test can
 * run `npm run subgraph:new` and what follows in it without touching the working tree, which
 * other suites read at the same time.
 */
export function copyRepository(): string {
  const copy = mkdtempSync(join(tmpdir(), "ngo-graph-scaffold-"));
  for (const entry of COPIED) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

/** Runs one of the copy's entry files (`tools/scaffold/index.ts`) there, as npm would. */
export function runIn(
  copy: string,
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): SpawnedProcess {
  const child = spawn(process.execPath, [...PRELOAD, join(copy, script), ...args], {
    cwd: copy,
    env: { ...process.env, ...env },
    stdio: "pipe",
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

/** Runs a command of the copy to its end: its exit code and everything it wrote. */
export async function commandIn(
  copy: string,
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const run = runIn(copy, script, args, env);
  const { code } = await run.exited;
  return { code, output: run.output() };
}

/** The URL a subgraph process logged in its ready line (it listens on port 0). */
export async function readyUrl(process: SpawnedProcess): Promise<string> {
  let url: string | undefined;
  await waitFor(
    "the subgraph's ready line",
    () => {
      if (process.child.exitCode !== null) throw new Error(process.output());
      url = /subgraph ready at (http:\/\/\S+\/graphql)/.exec(process.output())?.[1];
      return url !== undefined;
    },
    60_000,
  );
  return url!.replace("//localhost:", "//127.0.0.1:");
}
