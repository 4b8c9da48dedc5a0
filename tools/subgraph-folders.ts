import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { BaseContext } from "@apollo/server";
import type { SubgraphDefinition } from "../subgraphs/shared/subgraph";

/**
 * Finding the subgraphs of a repository without loading them all: what tools/catalog.ts builds
 * the catalog from, and what `npm run subgraph:new` uses to load only the one it wrote.
 */

export type AnyDefinition = SubgraphDefinition<BaseContext>;

/** Where the subgraphs live: subgraphs/ beside tools/, in the sources and in dist/ alike. */
export const SUBGRAPHS_DIR = join(__dirname, "..", "subgraphs");

/** The folders under `dir` that hold a subgraph: every one but shared/ with a server module. */
export function subgraphFolders(dir = SUBGRAPHS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "shared")
    .filter(({ name }) =>
      ["server.ts", "server.js"].some((file) => existsSync(join(dir, name, file))),
    )
    .map(({ name }) => name);
}

function isDefinition(value: unknown, name: string): value is AnyDefinition {
  const candidate = value as Partial<AnyDefinition> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.name === name &&
    typeof candidate.buildSchema === "function" &&
    typeof candidate.createContext === "function"
  );
}

/**
 * The subgraph definition subgraphs/<name>/server exports (the one whose `name` is the
 * folder's). A folder with a server module but no such export is a mistake worth stopping on.
 */
export function loadSubgraphDefinition(name: string, dir = SUBGRAPHS_DIR): AnyDefinition {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(join(dir, name, "server")) as Record<string, unknown>;
  const definition = Object.values(exports).find((value) => isDefinition(value, name));
  if (!definition)
    throw new Error(
      `subgraphs/${name}/server exports no subgraph definition named "${name}" (see subgraphs/shared/subgraph.ts)`,
    );
  return definition;
}
