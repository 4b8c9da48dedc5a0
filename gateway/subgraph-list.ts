import { readFileSync } from "node:fs";
import { isAbsolute, join, resolve, dirname } from "node:path";
import { parse } from "yaml";
import { ConfigError, readUrl } from "../subgraphs/shared/env";
import { findProjectRoot } from "../subgraphs/shared/subgraph-config";

/** One subgraph the gateway composes and routes to. */
export interface SubgraphEntry {
  name: string;
  url: string;
  /**
   * The file holding the subgraph's SDL (`schema.file` in supergraph.yaml, made absolute):
   * written by `npm run compose` for a subgraph this repository builds, read for any other.
   */
  schemaFile?: string;
}

/** The subgraph list in the format of Apollo's rover CLI (`rover supergraph compose --config`). */
export const SUPERGRAPH_CONFIG_FILE = join(findProjectRoot(), "supergraph.yaml");

/** What supergraph.yaml says: the federation version to compose with, and the subgraphs. */
export interface SupergraphConfig {
  federationVersion: string;
  subgraphs: SubgraphEntry[];
}

function parseYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`${file} is not readable YAML: ${(error as Error).message}`);
  }
}

function readEntry(file: string, name: string, value: unknown): SubgraphEntry {
  const where = `${file}: subgraphs.${name}`;
  if (!/^[a-z][a-z0-9_-]*$/.test(name))
    throw new ConfigError(`${file}: subgraph names must be lower-case names, got "${name}"`);
  const entry = (value ?? {}) as { routing_url?: unknown; schema?: { file?: unknown } };
  if (typeof entry.routing_url !== "string")
    throw new ConfigError(`${where}.routing_url must be a URL, got ${String(entry.routing_url)}`);
  const url = readUrl({ [`${where}.routing_url`]: entry.routing_url }, `${where}.routing_url`, "");
  const schemaFile = entry.schema?.file;
  // Rover also takes schema.subgraph_url (introspection) and graphref; the gateway never
  // introspects (composition is a build step), so only a file is accepted here.
  if (typeof schemaFile !== "string" || schemaFile === "")
    throw new ConfigError(`${where}.schema.file must name the subgraph's SDL file`);
  const base = dirname(file);
  return { name, url, schemaFile: isAbsolute(schemaFile) ? schemaFile : resolve(base, schemaFile) };
}

/**
 * Reads and validates supergraph.yaml (rover's format): `federation_version` and, per subgraph,
 * `routing_url` and `schema.file` (relative to the file). Errors name the file and the key.
 */
export function readSupergraphConfig(file = SUPERGRAPH_CONFIG_FILE): SupergraphConfig {
  const parsed = parseYaml(file) as { federation_version?: unknown; subgraphs?: unknown };
  const version = parsed?.federation_version;
  if (typeof version !== "string" || !/^=?2(\.\d+){0,2}$/.test(version))
    throw new ConfigError(
      `${file}: federation_version must be a Federation 2 version such as "=2.14.4", got ${JSON.stringify(version)}`,
    );
  const subgraphs = parsed.subgraphs;
  if (!subgraphs || typeof subgraphs !== "object" || Array.isArray(subgraphs))
    throw new ConfigError(`${file}: "subgraphs" must map each subgraph's name to its settings`);
  return {
    federationVersion: version,
    subgraphs: Object.entries(subgraphs).map(([name, value]) => readEntry(file, name, value)),
  };
}

/** The subgraphs listed in supergraph.yaml, in the file's order. */
export function readSubgraphList(file = SUPERGRAPH_CONFIG_FILE): SubgraphEntry[] {
  return readSupergraphConfig(file).subgraphs;
}
