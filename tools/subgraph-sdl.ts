import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { printSubgraphSchema } from "@apollo/subgraph";
import { subgraphCatalog } from "./catalog";

const USAGE = `usage: npm run -s subgraph:sdl -- <name> [--out file.graphql]
Prints the SDL of a subgraph built here, from its code (no server, no database): the file a
centre checks and publishes (npm run subgraph:check / subgraph:publish -- <name> --schema <file>).`;

/** `npm run subgraph:sdl -- <name>`: a subgraph's SDL to stdout, or to `--out`. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    strict: true,
    options: { out: { type: "string" } },
  });
  const definition = subgraphCatalog[positionals[0] ?? ""];
  if (positionals.length !== 1 || !definition) {
    const known = Object.keys(subgraphCatalog).join(", ");
    throw new Error(`name one subgraph built here (${known})\n${USAGE}`);
  }
  const sdl = `${printSubgraphSchema(await definition.buildSchema()).trim()}\n`;
  if (values.out) writeFileSync(values.out, sdl);
  else process.stdout.write(sdl);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
