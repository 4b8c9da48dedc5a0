import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { VolunteersContext } from "../context";
import { Region } from "../external/region";

/** The field this subgraph adds to Region. */
@Resolver(() => Region)
export class RegionVolunteersResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: "Volunteers in the region's live volunteer groups.",
  })
  volunteerCount(@Root() region: Region, @Ctx() { loaders }: VolunteersContext): Promise<number> {
    return loaders.volunteerGroups.sumOf("region", region.code, "volunteerCount");
  }
}
