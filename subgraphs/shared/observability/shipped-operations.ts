import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import { findProjectRoot } from "../subgraph-config";

/**
 * The folders of operation documents the platform ships: the operations its documentation and
 * tests run, and the dashboard's. Both are copied into the image (see the Dockerfile).
 */
const SHIPPED_FOLDERS = ["schema/operations", "dashboard/src/queries"];

/** The names of the operations defined in one file; none when it does not parse. */
function operationNames(file: string): string[] {
  try {
    return parse(readFileSync(file, "utf8")).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name
        ? [definition.name.value]
        : [],
    );
  } catch {
    return [];
  }
}

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The names of every operation in the shipped `.graphql` documents under `root`, read once per
 * process. A folder that is not there (a guest subgraph's own checkout) adds nothing.
 */
export function shippedOperationNames(
  root: string = findProjectRoot(__dirname),
): ReadonlySet<string> {
  const known = cache.get(root);
  if (known) return known;
  const names = new Set<string>();
  for (const folder of SHIPPED_FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".graphql")))
      operationNames(join(dir, file)).forEach((name) => names.add(name));
  }
  cache.set(root, names);
  return names;
}
