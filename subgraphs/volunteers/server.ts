import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/schema";
import type { SubgraphDefinition } from "../shared/subgraph";
import { createVolunteersContext, type VolunteersContext } from "./context";
import { VolunteerGroup } from "./entities/volunteer-group.entity";
import { Organization } from "./external/organization";
import { Region } from "./external/region";
import { OrganizationVolunteersResolver } from "./resolvers/organization-volunteers.resolver";
import { RegionVolunteersResolver } from "./resolvers/region-volunteers.resolver";
import { VolunteerGroupMutationsResolver } from "./resolvers/volunteer-group-mutations.resolver";
import { VolunteerGroupResolver } from "./resolvers/volunteer-group.resolver";
import { seedVolunteers } from "./seed";
import { migrations } from "./migrations";

/**
 * The volunteers subgraph: the worked example of a subgraph a centre adds on its own. It owns
 * one entity and extends the shared Organization and Region entities.
 */
export function createVolunteersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      VolunteerGroupResolver,
      VolunteerGroupMutationsResolver,
      OrganizationVolunteersResolver,
      RegionVolunteersResolver,
    ],
    // Nothing here returns an Organization or a Region, so the extended types are named
    // explicitly; type-graphql emits only the types it can reach otherwise.
    orphanedTypes: [Organization, Region],
    referenceResolvers: {},
  });
}

export const volunteersSubgraph: SubgraphDefinition<VolunteersContext> = {
  name: "volunteers",
  defaultPort: 4005,
  entities: [VolunteerGroup],
  migrations,
  buildSchema: createVolunteersSchema,
  createContext: createVolunteersContext,
  seed: seedVolunteers,
};
