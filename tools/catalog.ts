import { loadSubgraphDefinition, subgraphFolders, type AnyDefinition } from "./subgraph-folders";

export { loadSubgraphDefinition, SUBGRAPHS_DIR, subgraphFolders } from "./subgraph-folders";

/**
 * The subgraphs this repository builds, by name, found in subgraphs/: each folder with a
 * server module (subgraphs/<name>/server.ts) that exports its SubgraphDefinition. A subgraph
 * made with `npm run subgraph:new` is here with no edit. Ordered by default port, so the core
 * four come first as they always have. `npm run compose` prints the SDL of those listed in
 * supergraph.yaml; volunteers is the worked example of a centre's own subgraph and joins the
 * graph when it is added to that list.
 */
export const subgraphCatalog: Record<string, AnyDefinition> = Object.fromEntries(
  subgraphFolders()
    .map((name) => loadSubgraphDefinition(name))
    .sort((a, b) => a.defaultPort - b.defaultPort || a.name.localeCompare(b.name))
    .map((definition) => [definition.name, definition]),
);
