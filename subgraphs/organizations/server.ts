import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/schema";
import type { SubgraphDefinition } from "../shared/subgraph";
import { createOrganizationsContext, type OrganizationsContext } from "./context";
import { Network } from "./entities/network.entity";
import { NetworkMembership } from "./entities/network-membership.entity";
import { Organization } from "./entities/organization.entity";
import { Person } from "./entities/person.entity";
import { NetworkMutationsResolver } from "./resolvers/network-mutations.resolver";
import { NetworkResolver } from "./resolvers/network.resolver";
import { OrganizationMutationsResolver } from "./resolvers/organization-mutations.resolver";
import { OrganizationResolver } from "./resolvers/organization.resolver";
import { PersonResolver } from "./resolvers/person.resolver";
import { RegionOrganizationsResolver } from "./resolvers/region-organizations.resolver";
import { seedOrganizations } from "./seed";

/** The organizations subgraph's schema: organisations, networks and people, plus Region fields. */
export function createOrganizationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      OrganizationResolver,
      OrganizationMutationsResolver,
      NetworkResolver,
      NetworkMutationsResolver,
      PersonResolver,
      RegionOrganizationsResolver,
    ],
    referenceResolvers: {
      Organization: {
        __resolveReference: (reference: { id: string }, { loaders }: OrganizationsContext) =>
          loaders.organizationById.load(reference.id),
      },
      Person: {
        __resolveReference: (reference: { id: string }, { loaders }: OrganizationsContext) =>
          loaders.personById.load(reference.id),
      },
    },
  });
}

export const organizationsSubgraph: SubgraphDefinition<OrganizationsContext> = {
  name: "organizations",
  defaultPort: 4002,
  entities: [Organization, Network, NetworkMembership, Person],
  buildSchema: createOrganizationsSchema,
  createContext: createOrganizationsContext,
  seed: seedOrganizations,
};
