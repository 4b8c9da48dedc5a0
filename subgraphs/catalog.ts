import type { BaseContext } from "@apollo/server";
import { eventsSubgraph } from "./events/server";
import { organizationsSubgraph } from "./organizations/server";
import { programmesSubgraph } from "./programmes/server";
import { regionsSubgraph } from "./regions/server";
import type { SubgraphDefinition } from "./shared/subgraph";
import { volunteersSubgraph } from "./volunteers/server";

/**
 * The subgraphs this repository builds, by name. `npm run compose` prints the SDL of those
 * listed in gateway/subgraphs.json; volunteers is the worked example of a centre's own
 * subgraph and joins the graph when it is added to that list.
 */
export const subgraphCatalog: Record<string, SubgraphDefinition<BaseContext>> = {
  regions: regionsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  organizations: organizationsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  events: eventsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  programmes: programmesSubgraph as unknown as SubgraphDefinition<BaseContext>,
  volunteers: volunteersSubgraph as unknown as SubgraphDefinition<BaseContext>,
};
