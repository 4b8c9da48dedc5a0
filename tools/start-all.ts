import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

/**
 * `npm start`: the four subgraphs and the gateway as five processes, each with its own port
 * and SQLite file, output prefixed by name. Ctrl-C or SIGTERM stops them all.
 */
const root = join(__dirname, "..");
// Run from the TypeScript sources (npm start) or from the compiled dist/ (a built image): the
// children are started the same way, with the same loader flags.
const extension = __filename.endsWith(".ts") ? ".ts" : ".js";
const processes: [string, string][] = [
  ["regions", `subgraphs/regions/index${extension}`],
  ["organizations", `subgraphs/organizations/index${extension}`],
  ["events", `subgraphs/events/index${extension}`],
  ["programmes", `subgraphs/programmes/index${extension}`],
  ["gateway", `gateway/index${extension}`],
];

const children: ChildProcess[] = [];
let stopping = false;

function prefix(name: string, stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): void {
  let buffer = "";
  stream.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) out.write(`${name.padEnd(13)} | ${line}\n`);
  });
}

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve(null) : child.once("exit", resolve),
        ),
    ),
  ).then(() => process.exit(code));
}

for (const [name, script] of processes) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, join(root, script), ...(name === "gateway" ? process.argv.slice(2) : [])],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: process.env,
    },
  );
  prefix(name, child.stdout!, process.stdout);
  prefix(name, child.stderr!, process.stderr);
  child.once("exit", (code) => {
    if (!stopping) {
      console.error(`${name} exited with code ${code}; stopping the others`);
      stopAll(code ?? 1);
    }
  });
  children.push(child);
}

process.once("SIGINT", () => stopAll(0));
process.once("SIGTERM", () => stopAll(0));
