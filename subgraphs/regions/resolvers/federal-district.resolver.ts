import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RegionsContext } from "../context";
import { FederalDistrict } from "../entities/federal-district.entity";
import { Region } from "../entities/region.entity";
import { assertFederalDistrictFormat } from "./region-code";

@Resolver(() => FederalDistrict)
export class FederalDistrictResolver {
  @Query(() => [FederalDistrict], {
    nullable: true,
    description: "The eight federal districts, in decree order.",
  })
  federalDistricts(@Ctx() { dataSource }: RegionsContext): Promise<FederalDistrict[]> {
    return dataSource.getRepository(FederalDistrict).find({ order: { decreeOrder: "ASC" } });
  }

  @Query(() => FederalDistrict, {
    nullable: true,
    description:
      "A federal district by code (URAL); null for a well-formed code of no district, BAD_USER_INPUT for a malformed one.",
  })
  federalDistrict(
    @Arg("code", () => ID) code: string,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<FederalDistrict | null> {
    assertFederalDistrictFormat("code", code);
    return loaders.federalDistrictByCode.load(code);
  }

  @FieldResolver(() => [Region], { description: "Its federal subjects, by ISO code." })
  regions(
    @Root() district: FederalDistrict,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<Region[]> {
    return loaders.regionsByFederalDistrict.load(district.code);
  }
}
