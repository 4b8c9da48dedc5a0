import type { GraphQLSchema } from "graphql";
import { visibleByReference } from "../shared/owned-record";
import { buildFederatedSchema } from "../shared/schema";
import type { SubgraphDefinition } from "../shared/subgraph";
import { createProgrammesContext, type ProgrammesContext } from "./context";
import { Award } from "./entities/award.entity";
import { ProgrammePartner } from "./entities/programme-partner.entity";
import { ProgrammeRegion } from "./entities/programme-region.entity";
import { SupportProgramme } from "./entities/support-programme.entity";
import { AwardMutationsResolver } from "./resolvers/award-mutations.resolver";
import { AwardResolver } from "./resolvers/award.resolver";
import { ProgrammeMutationsResolver } from "./resolvers/programme-mutations.resolver";
import { OrganizationProgrammesResolver } from "./resolvers/organization-programmes.resolver";
import { ProgrammeResolver } from "./resolvers/programme.resolver";
import { RegionProgrammesResolver } from "./resolvers/region-programmes.resolver";
import { RegisterImportResolver } from "./resolvers/register-import.resolver";
import { seedProgrammes } from "./seed";
import { migrations } from "./migrations";

/** What an archived programme shows to those who may not read it: what it was, no more. */
const PROGRAMME_IDENTITY = ["title", "kind", "status", "operatorId", "startsOn", "endsOn"] as const;

/** The programmes subgraph's schema: programmes and awards, plus Region and Organization fields. */
export function createProgrammesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ProgrammeResolver,
      ProgrammeMutationsResolver,
      AwardMutationsResolver,
      AwardResolver,
      RegisterImportResolver,
      RegionProgrammesResolver,
      OrganizationProgrammesResolver,
    ],
    referenceResolvers: {
      SupportProgramme: {
        // The same archive visibility as `programme(id:)`; see visibleByReference.
        __resolveReference: async (
          reference: { id: string },
          { loaders, principal }: ProgrammesContext,
        ) =>
          visibleByReference(
            await loaders.programmeById.load(reference.id),
            principal,
            PROGRAMME_IDENTITY,
          ),
      },
    },
  });
}

export const programmesSubgraph: SubgraphDefinition<ProgrammesContext> = {
  name: "programmes",
  defaultPort: 4004,
  entities: [SupportProgramme, ProgrammePartner, ProgrammeRegion, Award],
  migrations,
  buildSchema: createProgrammesSchema,
  createContext: createProgrammesContext,
  seed: seedProgrammes,
};
