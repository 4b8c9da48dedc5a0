import type { BaseContext } from "@apollo/server";
import { eventsSubgraph } from "./events/server";
import { organizationsSubgraph } from "./organizations/server";
import { programmesSubgraph } from "./programmes/server";
import { regionsSubgraph } from "./regions/server";
import type { SubgraphDefinition } from "./shared/subgraph";

/** The subgraphs this repository builds, by name. */
export const subgraphCatalog: Record<string, SubgraphDefinition<BaseContext>> = {
  regions: regionsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  organizations: organizationsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  events: eventsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  programmes: programmesSubgraph as unknown as SubgraphDefinition<BaseContext>,
};
