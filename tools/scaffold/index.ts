import "reflect-metadata";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { findProjectRoot } from "../../subgraphs/shared/subgraph-config";
import { checkCentreId, checkSubgraphName, scaffoldNames, type ParentType } from "./names";
import { nextFreePort, scaffoldSubgraph } from "./scaffold";

const USAGE = `usage: npm run subgraph:new -- <name> --owner <centreId> [--on Organization|Region] [--port N]
                            [--entity Name] [--unlisted]
  <name>       the subgraph: lower-case letters, digits and hyphens (consultations, legal-aid)
  --owner      the owning resource centre's id (org-rc-kurgan): only it creates and edits
  --on         the type whose field lists the records (default Organization)
  --port       its default port (default: the first free one from 4001)
  --entity     its entity's type name (default: the name's singular, Consultation)
  --unlisted   leave supergraph.yaml alone: npm start and npm run compose do not include it`;

function readOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      owner: { type: "string" },
      on: { type: "string", default: "Organization" },
      port: { type: "string" },
      entity: { type: "string" },
      unlisted: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return undefined;
  if (positionals.length !== 1) throw new Error(`name one subgraph\n${USAGE}`);
  const name = checkSubgraphName(positionals[0]);
  const owner = checkCentreId(values.owner);
  if (values.on !== "Organization" && values.on !== "Region")
    throw new Error(`--on must be Organization or Region, got "${values.on}"`);
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port < 1024 || port > 65535)
      throw new Error(`--port must be a whole number from 1024 to 65535, got "${values.port}"`);
  }
  return {
    name,
    owner,
    on: values.on as ParentType,
    port,
    entity: values.entity,
    list: !values.unlisted,
  };
}

/** `npm run subgraph:new`: a centre's own subgraph, ready to start, compose and test. */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const root = findProjectRoot();
  const names = scaffoldNames({ ...options, port: options.port ?? nextFreePort(root) });
  const result = await scaffoldSubgraph(root, names, { list: options.list });
  const shown = (file: string) => relative(process.cwd(), file) || file;
  console.log(`wrote subgraphs/${names.name}/ (${result.files.length} files with its test)`);
  console.log(`migrations: ${result.migrations.map(shown).join(", ")}`);
  console.log(
    `npm script: start:${names.name} (port ${names.port}, ${names.name.toUpperCase().replace(/-/g, "_")}_PORT overrides it)`,
  );
  console.log(
    result.listed
      ? `listed in supergraph.yaml; schema/ composed: npm start runs it beside the others`
      : `not listed: add it to supergraph.yaml (then npm run compose) for npm start to run it`,
  );
  console.log(`next: npx jest test/${names.name}-subgraph.test.ts   (docs/centre-subgraph.md)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`subgraph:new: ${(error as Error).message}`);
    process.exit(1);
  },
);
