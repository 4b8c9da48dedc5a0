import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, readUrl, type Env } from "../subgraphs/shared/env";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";

/** One subgraph the gateway composes and routes to. */
export interface SubgraphEntry {
  name: string;
  url: string;
}

export const SUBGRAPH_LIST_FILE = join(findProjectRoot(), "gateway", "subgraphs.json");

/** Reads and validates the subgraph list file. */
export function readSubgraphList(file = SUBGRAPH_LIST_FILE): SubgraphEntry[] {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { subgraphs?: unknown };
  if (!Array.isArray(parsed.subgraphs))
    throw new ConfigError(`${file}: "subgraphs" must be a list`);
  return parsed.subgraphs.map((entry: unknown, index: number) => {
    const { name, url } = (entry ?? {}) as Partial<SubgraphEntry>;
    if (typeof name !== "string" || !/^[a-z][a-z0-9_-]*$/.test(name)) {
      throw new ConfigError(
        `${file}: subgraphs[${index}].name must be a lower-case name, got ${JSON.stringify(name)}`,
      );
    }
    if (typeof url !== "string")
      throw new ConfigError(`${file}: subgraphs[${index}].url must be a URL`);
    return { name, url };
  });
}

/** The list with each URL overridden by `<NAME>_URL` where set (`REGIONS_URL`, ...). */
export function resolveSubgraphUrls(list: SubgraphEntry[], env: Env): SubgraphEntry[] {
  return list.map((entry) => ({
    ...entry,
    url: readUrl(env, `${entry.name.toUpperCase().replace(/-/g, "_")}_URL`, entry.url),
  }));
}
