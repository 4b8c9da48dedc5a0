import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/schema";
import type { SubgraphDefinition } from "../shared/subgraph";
import { createRegionsContext, type RegionsContext } from "./context";
import { FederalDistrict } from "./entities/federal-district.entity";
import { Municipality } from "./entities/municipality.entity";
import { Region } from "./entities/region.entity";
import { FederalDistrictResolver } from "./resolvers/federal-district.resolver";
import { MunicipalityResolver } from "./resolvers/municipality.resolver";
import { RegionResolver } from "./resolvers/region.resolver";
import { seedRegions } from "./seed";
import { migrations } from "./migrations";

/** The regions subgraph's schema: geography, owned here. */
export function createRegionsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [FederalDistrictResolver, RegionResolver, MunicipalityResolver],
    referenceResolvers: {
      Region: {
        __resolveReference: (reference: { code: string }, { loaders }: RegionsContext) =>
          loaders.regionByCode.load(reference.code),
      },
      Municipality: {
        __resolveReference: (reference: { id: string }, { loaders }: RegionsContext) =>
          loaders.municipalityById.load(reference.id),
      },
    },
  });
}

export const regionsSubgraph: SubgraphDefinition<RegionsContext> = {
  name: "regions",
  defaultPort: 4001,
  entities: [FederalDistrict, Region, Municipality],
  migrations,
  buildSchema: createRegionsSchema,
  createContext: createRegionsContext,
  seed: seedRegions,
};
