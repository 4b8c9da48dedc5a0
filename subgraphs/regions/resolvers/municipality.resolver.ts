import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RegionsContext } from "../context";
import { Municipality } from "../entities/municipality.entity";
import { Region } from "../entities/region.entity";

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, {
    nullable: true,
    description: "A municipality by id; null when unknown.",
  })
  municipality(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<Municipality | null> {
    return loaders.municipalityById.load(id);
  }

  @FieldResolver(() => Region)
  async region(
    @Root() municipality: Municipality,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<Region> {
    const region = await loaders.regionByCode.load(municipality.regionCode);
    if (!region)
      throw new Error(
        `Municipality ${municipality.id} names unknown region ${municipality.regionCode}`,
      );
    return region;
  }
}
