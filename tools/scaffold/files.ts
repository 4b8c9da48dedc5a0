import { join } from "node:path";
import type { ScaffoldNames } from "./names";
import { changesFile, entityFile, filterFile, inputFile, ownershipFile } from "./templates-model";
import {
  connectionFile,
  listResolverFile,
  mutationsFile,
  parentResolverFile,
  queriesFile,
} from "./templates-resolvers";
import {
  contextFile,
  emptyMigrationsFile,
  externalFile,
  indexFile,
  loadersFile,
  seedFile,
  serverFile,
} from "./templates-server";
import { testFile } from "./templates-test";

/** Every file of a new subgraph, by path relative to the repository, from the templates. */
export function subgraphFiles(n: ScaffoldNames): Record<string, string> {
  const dir = join("subgraphs", n.name);
  const parentFile = n.parent.type === "Region" ? "region" : "organization";
  return {
    [join(dir, "ownership.ts")]: ownershipFile(n),
    [join(dir, "entities", `${n.fileStem}.entity.ts`)]: entityFile(n),
    [join(dir, "external", `${parentFile}.ts`)]: externalFile(n),
    [join(dir, "resolvers", "types", `${n.fileStem}-filter.input.ts`)]: filterFile(n),
    [join(dir, "resolvers", "types", `${n.fileStem}.input.ts`)]: inputFile(n),
    [join(dir, "resolvers", `${n.fileStem}-changes.ts`)]: changesFile(n),
    [join(dir, "resolvers", `${n.fileStem}-connection.ts`)]: connectionFile(n),
    [join(dir, "resolvers", `${n.fileStem}.resolver.ts`)]: listResolverFile(n),
    [join(dir, "resolvers", `${n.fileStem}-mutations.resolver.ts`)]: mutationsFile(n),
    [join(dir, "resolvers", `${parentFile}-${n.name}.resolver.ts`)]: parentResolverFile(n),
    [join(dir, "queries.ts")]: queriesFile(n),
    [join(dir, "loaders.ts")]: loadersFile(n),
    [join(dir, "context.ts")]: contextFile(n),
    [join(dir, "seed", "index.ts")]: seedFile(n),
    [join(dir, "migrations", "index.ts")]: emptyMigrationsFile(),
    [join(dir, "server.ts")]: serverFile(n),
    [join(dir, "index.ts")]: indexFile(n),
    [join("test", `${n.name}-subgraph.test.ts`)]: testFile(n),
  };
}
