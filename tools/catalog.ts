import type { BaseContext } from "@apollo/server";
import { eventsSubgraph } from "../subgraphs/events/server";
import { organizationsSubgraph } from "../subgraphs/organizations/server";
import { programmesSubgraph } from "../subgraphs/programmes/server";
import { regionsSubgraph } from "../subgraphs/regions/server";
import type { SubgraphDefinition } from "../subgraphs/shared/subgraph";
import { volunteersSubgraph } from "../subgraphs/volunteers/server";

/**
 * The subgraphs this repository builds, by name. `npm run compose` prints the SDL of those
 * listed in supergraph.yaml; volunteers is the worked example of a centre's own
 * subgraph and joins the graph when it is added to that list.
 */
export const subgraphCatalog: Record<string, SubgraphDefinition<BaseContext>> = {
  regions: regionsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  organizations: organizationsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  events: eventsSubgraph as unknown as SubgraphDefinition<BaseContext>,
  programmes: programmesSubgraph as unknown as SubgraphDefinition<BaseContext>,
  volunteers: volunteersSubgraph as unknown as SubgraphDefinition<BaseContext>,
};
