import { readSubgraphList } from "../../gateway/subgraph-list";
import { subgraphCatalog } from "../../tools/catalog";

/** The subgraphs the network's core is made of; every list starts with them. */
export const CORE_SUBGRAPHS = ["regions", "organizations", "events", "programmes"];

/**
 * The subgraphs supergraph.yaml lists that this repository builds, in its order: what
 * `npm start` runs and `npm run compose` prints. A subgraph made with `npm run subgraph:new`
 * and listed is among them; one listed but built elsewhere is not.
 */
export function listedSubgraphs(): string[] {
  return readSubgraphList()
    .map(({ name }) => name)
    .filter((name) => subgraphCatalog[name]);
}
