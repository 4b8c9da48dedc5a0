import type { GraphQLSchema } from "graphql";
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
import { seedProgrammes } from "./seed";

/** The programmes subgraph's schema: programmes and awards, plus Region and Organization fields. */
export function createProgrammesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ProgrammeResolver,
      ProgrammeMutationsResolver,
      AwardMutationsResolver,
      AwardResolver,
      RegionProgrammesResolver,
      OrganizationProgrammesResolver,
    ],
    referenceResolvers: {
      SupportProgramme: {
        __resolveReference: (reference: { id: string }, { loaders }: ProgrammesContext) =>
          loaders.programmeById.load(reference.id),
      },
    },
  });
}

export const programmesSubgraph: SubgraphDefinition<ProgrammesContext> = {
  name: "programmes",
  defaultPort: 4004,
  entities: [SupportProgramme, ProgrammePartner, ProgrammeRegion, Award],
  buildSchema: createProgrammesSchema,
  createContext: createProgrammesContext,
  seed: seedProgrammes,
};
