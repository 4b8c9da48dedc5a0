import { Field, ID, InputType } from "type-graphql";
import { FederalDistrictCode, RegionCodeList } from "../../../shared/filter-constraints";
import { Id } from "../../../shared/input-constraints";

@InputType({ description: "Filters for volunteer group lists; all given conditions must hold." })
export class VolunteerGroupFilter {
  @Field(() => [ID], { nullable: true, description: "ISO 3166-2 region codes (at most 100)." })
  @RegionCodeList()
  regionCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Federal district code, such as URAL." })
  @FederalDistrictCode()
  federalDistrict?: string | null;

  @Field(() => ID, { nullable: true, description: "Groups working with this organisation." })
  @Id()
  organizationId?: string | null;
}
