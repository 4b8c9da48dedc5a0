import "reflect-metadata";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import {
  federationVersionProblem,
  generateSchemaFiles,
  SCHEMA_DIR,
  staleFiles,
} from "./composition";
import { readSupergraphConfig } from "../gateway/subgraph-list";

/**
 * `npm run compose`: reads supergraph.yaml (rover's format), prints each subgraph's SDL into its
 * `schema.file` and composes schema/supergraph.graphql with @apollo/composition, no servers needed. With `--check` it writes nothing and exits 1 when a
 * committed file is stale (`npm run check:schema`).
 */
async function main(check: boolean): Promise<number> {
  const config = readSupergraphConfig();
  const versionProblem = federationVersionProblem(config.federationVersion);
  const { files, errors } = await generateSchemaFiles(config.subgraphs);
  if (versionProblem) errors.unshift(versionProblem);
  if (errors.length) {
    console.error(`Composition failed with ${errors.length} error(s):`);
    for (const error of errors) console.error(error);
    return 1;
  }
  if (check) {
    const stale = staleFiles(files);
    for (const file of stale)
      console.error(`stale: ${relative(process.cwd(), file)} (run npm run compose)`);
    if (stale.length === 0) console.log(`schema/ is up to date (${files.length} files)`);
    return stale.length ? 1 : 0;
  }
  mkdirSync(SCHEMA_DIR, { recursive: true });
  // Write beside, then rename: a running gateway polling the supergraph never reads half a file.
  for (const file of files) {
    writeFileSync(`${file.path}.tmp`, file.text);
    renameSync(`${file.path}.tmp`, file.path);
  }
  console.log(`wrote ${files.map((file) => relative(process.cwd(), file.path)).join(", ")}`);
  return 0;
}

main(process.argv.includes("--check")).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
