import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { format } from "prettier";
import { parseDocument } from "yaml";
import { loadSubgraphDefinition } from "../subgraph-folders";
import { PRELOAD } from "../entry";
import { migrationDiffs, migrationServerUrl, writeMigrations } from "../migrations/write";
import { readSupergraphConfig } from "../../gateway/subgraph-list";
import { subgraphFiles } from "./files";
import type { ScaffoldNames } from "./names";

/** Ports the platform keeps for itself: the gateway, and the development identity provider. */
const RESERVED_PORTS = [4000, 4010];

/** The default ports taken in `root`: the listed routing URLs and each subgraph's own. */
export function takenPorts(root: string): Set<number> {
  const taken = new Set(RESERVED_PORTS);
  const config = readSupergraphConfig(join(root, "supergraph.yaml"));
  for (const { url } of config.subgraphs) taken.add(Number(new URL(url).port));
  for (const entry of readdirSync(join(root, "subgraphs"))) {
    const server = join(root, "subgraphs", entry, "server.ts");
    const declared = existsSync(server) && /defaultPort: (\d+)/.exec(readFileSync(server, "utf8"));
    if (declared) taken.add(Number(declared[1]));
  }
  return taken;
}

/** The first port from 4001 up that no subgraph of `root` uses by default. */
export function nextFreePort(root: string): number {
  const taken = takenPorts(root);
  let port = 4001;
  while (taken.has(port)) port += 1;
  return port;
}

/**
 * Refuses, before anything is written, a name the repository has (a folder, a listed subgraph,
 * a test) or a port another subgraph uses by default, and GraphQL type names the supergraph
 * already has (composition would refuse them after the files were written).
 */
export function checkFree(root: string, n: ScaffoldNames): void {
  if (existsSync(join(root, "subgraphs", n.name)))
    throw new Error(`subgraphs/${n.name} exists already: pick another name`);
  const listed = readSupergraphConfig(join(root, "supergraph.yaml")).subgraphs;
  if (listed.some(({ name }) => name === n.name))
    throw new Error(`supergraph.yaml lists a subgraph "${n.name}" already: pick another name`);
  if (takenPorts(root).has(n.port))
    throw new Error(`port ${n.port} is another subgraph's (or the platform's): leave out --port`);
  const supergraph = join(root, "schema", "supergraph.graphql");
  const sdl = existsSync(supergraph) ? readFileSync(supergraph, "utf8") : "";
  const types = [n.entity, `${n.entity}Connection`, `${n.entity}Edge`, `${n.entity}Filter`];
  for (const type of types)
    if (new RegExp(`^(type|input|enum|interface|union|scalar) ${type}\\b`, "m").test(sdl))
      throw new Error(
        `the graph has a type ${type} already: choose another entity name with --entity`,
      );
}

/** Adds `start:<name>` beside the other start scripts of package.json. */
function addStartScript(root: string, name: string): void {
  const file = join(root, "package.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { scripts: Record<string, string> };
  const entries = Object.entries(manifest.scripts);
  const starts = entries.map(([key], index) => (key.startsWith("start:") ? index : -1));
  const last = Math.max(...starts);
  const script: [string, string] = [
    `start:${name}`,
    `node -r @swc-node/register subgraphs/${name}/index.ts`,
  ];
  entries.splice(last + 1, 0, script);
  manifest.scripts = Object.fromEntries(entries);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Lists the subgraph in supergraph.yaml (comments kept): `npm start` runs it, compose prints it. */
function listSubgraph(root: string, n: ScaffoldNames): void {
  const file = join(root, "supergraph.yaml");
  const document = parseDocument(readFileSync(file, "utf8"));
  document.setIn(
    ["subgraphs", n.name],
    document.createNode({
      routing_url: `http://localhost:${n.port}/graphql`,
      schema: { file: `./schema/${n.name}.graphql` },
    }),
  );
  writeFileSync(file, String(document));
}

/** Runs one of the repository's commands in `root`, failing with its output. */
function runTool(root: string, script: string, args: string[] = []): string {
  const result = spawnSync(process.execPath, [...PRELOAD, join(root, script), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** What a scaffold run did, for its report. */
export interface ScaffoldResult {
  files: string[];
  migrations: string[];
  listed: boolean;
}

/** The files and edits a failed run made, undone so nothing is left half-written. */
class Undo {
  private readonly steps: (() => void)[] = [];
  keep(file: string): void {
    const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    this.steps.push(() =>
      text === undefined ? rmSync(file, { force: true }) : writeFileSync(file, text),
    );
  }
  remove(path: string): void {
    this.steps.push(() => rmSync(path, { recursive: true, force: true }));
  }
  run(): void {
    for (const step of this.steps.reverse()) step();
  }
}

/**
 * Generates subgraphs/<name>/ in `root` from the templates (tools/scaffold/templates-*.ts), its
 * first migrations for SQLite and PostgreSQL (no database server needed), its test, the npm
 * script `start:<name>`, and, when `list`, its entry in supergraph.yaml and its schema files
 * (`npm run compose`). Anything failing undoes everything it wrote.
 */
export async function scaffoldSubgraph(
  root: string,
  n: ScaffoldNames,
  { list }: { list: boolean },
): Promise<ScaffoldResult> {
  checkFree(root, n);
  const undo = new Undo();
  const folder = join(root, "subgraphs", n.name);
  try {
    undo.remove(folder);
    const files = subgraphFiles(n);
    for (const [path, text] of Object.entries(files)) {
      const file = join(root, path);
      if (!file.startsWith(folder)) undo.keep(file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        await format(text, { parser: "typescript", printWidth: 100, trailingComma: "all" }),
      );
    }
    const definition = loadSubgraphDefinition(n.name, join(root, "subgraphs"));
    const serverUrl = migrationServerUrl();
    const migrations = await writeMigrations(
      definition,
      join(folder, "migrations"),
      await migrationDiffs(definition, serverUrl),
      { name: "Initial", timestamp: Date.now(), command: `npm run subgraph:new -- ${n.name}` },
    );
    undo.keep(join(root, "package.json"));
    addStartScript(root, n.name);
    if (list) {
      undo.keep(join(root, "supergraph.yaml"));
      const schemaFiles = readdirSync(join(root, "schema")).filter((f) => f.endsWith(".graphql"));
      for (const file of schemaFiles) undo.keep(join(root, "schema", file));
      undo.keep(join(root, "schema", `${n.name}.graphql`));
      listSubgraph(root, n);
      runTool(root, "tools/compose.ts");
    }
    return { files: Object.keys(files), migrations, listed: list };
  } catch (error) {
    undo.run();
    throw error;
  }
}
