import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/schema";
import type { SubgraphDefinition } from "../shared/subgraph";
import { createOrganizationsContext, type OrganizationsContext } from "./context";
import { Network } from "./entities/network.entity";
import { OrganizationConsent } from "./entities/organization-consent.entity";
import { NetworkMembership } from "./entities/network-membership.entity";
import { Organization } from "./entities/organization.entity";
import { linkedOrganization } from "./entities/organization.defaults";
import { Person } from "./entities/person.entity";
import { Event } from "./external/event";
import { SupportProgramme } from "./external/support-programme";
import { ProgrammePartnersResolver } from "./resolvers/programme-partners.resolver";
import { EventOrganizersResolver } from "./resolvers/event-organizers.resolver";
import { ConsentMutationsResolver } from "./resolvers/consent-mutations.resolver";
import { NetworkMutationsResolver } from "./resolvers/network-mutations.resolver";
import { NetworkResolver } from "./resolvers/network.resolver";
import { OrganizationImportResolver } from "./resolvers/organization-import.resolver";
import { OrganizationMutationsResolver } from "./resolvers/organization-mutations.resolver";
import { OrganizationConsentsResolver } from "./resolvers/organization-consents.resolver";
import { OrganizationResolver } from "./resolvers/organization.resolver";
import { PersonResolver } from "./resolvers/person.resolver";
import { RegionOrganizationsResolver } from "./resolvers/region-organizations.resolver";
import { seedOrganizations } from "./seed";
import { migrations } from "./migrations";

/** The organizations subgraph's schema: organisations, networks and people, plus Region fields. */
export function createOrganizationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      OrganizationResolver,
      EventOrganizersResolver,
      ProgrammePartnersResolver,
      OrganizationMutationsResolver,
      OrganizationImportResolver,
      OrganizationConsentsResolver,
      ConsentMutationsResolver,
      NetworkResolver,
      NetworkMutationsResolver,
      PersonResolver,
      RegionOrganizationsResolver,
    ],
    // Event and SupportProgramme (the events and programmes subgraphs') are given their
    // organisers and partners here; no field here returns one.
    orphanedTypes: [Event, SupportProgramme],
    referenceResolvers: {
      Organization: {
        // The same archive visibility as `organization(id:)`; see visibleByReference.
        __resolveReference: async (
          reference: { id: string },
          { loaders, principal }: OrganizationsContext,
        ) => linkedOrganization(await loaders.organizationById.load(reference.id), principal),
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
  entities: [Organization, Network, NetworkMembership, Person, OrganizationConsent],
  migrations,
  buildSchema: createOrganizationsSchema,
  createContext: createOrganizationsContext,
  seed: seedOrganizations,
};
