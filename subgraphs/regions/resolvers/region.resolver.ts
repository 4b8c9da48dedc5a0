import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RegionsContext } from "../context";
import { FederalDistrict } from "../entities/federal-district.entity";
import { Municipality } from "../entities/municipality.entity";
import { Region } from "../entities/region.entity";
import { assertFederalDistrictFormat, assertRegionCodeFormat } from "./region-code";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], {
    nullable: true,
    description:
      "Federal subjects by ISO code, optionally of one federal district; a well-formed code of no district gives an empty list, a malformed one BAD_USER_INPUT.",
  })
  async regions(
    @Arg("federalDistrict", () => ID, { nullable: true }) federalDistrict: string | null,
    @Ctx() { dataSource, loaders }: RegionsContext,
  ): Promise<Region[]> {
    if (federalDistrict === null || federalDistrict === undefined) {
      return dataSource.getRepository(Region).find({ order: { code: "ASC" } });
    }
    assertFederalDistrictFormat("federalDistrict", federalDistrict);
    return loaders.regionsByFederalDistrict.load(federalDistrict);
  }

  @Query(() => Region, {
    nullable: true,
    description:
      "A federal subject by ISO 3166-2 code; null for a well-formed code of no subject, BAD_USER_INPUT for a malformed one.",
  })
  region(
    @Arg("code", () => ID) code: string,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<Region | null> {
    assertRegionCodeFormat("code", code);
    return loaders.regionByCode.load(code);
  }

  @FieldResolver(() => FederalDistrict)
  async federalDistrict(
    @Root() region: Region,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<FederalDistrict> {
    const district = await loaders.federalDistrictByCode.load(region.federalDistrictCode);
    if (!district)
      throw new Error(`Region ${region.code} names unknown district ${region.federalDistrictCode}`);
    return district;
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: "The oblast an autonomous okrug lies within (Tyumen Oblast for KhMAO and YaNAO).",
  })
  parentRegion(
    @Root() region: Region,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<Region | null> | null {
    return region.parentRegionCode ? loaders.regionByCode.load(region.parentRegionCode) : null;
  }

  @FieldResolver(() => [Municipality], {
    description: "Towns and districts of the region named in the sources.",
  })
  municipalities(
    @Root() region: Region,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<Municipality[]> {
    return loaders.municipalitiesByRegionCode.load(region.code);
  }
}
