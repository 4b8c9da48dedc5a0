import { Field, ID, InputType } from "type-graphql";
import {
  BoundedList,
  FederalDistrictCode,
  RegionCodeList,
  SearchText,
} from "../../../shared/filter-constraints";
import { OrganizationKind } from "../../entities/enums";

@InputType({ description: "Filters for organisation lists; all given conditions must hold." })
export class OrganizationFilter {
  @Field(() => [ID], {
    nullable: true,
    description: "ISO 3166-2 codes of the seat region (at most 100).",
  })
  @RegionCodeList()
  regionCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Federal district code, such as URAL." })
  @FederalDistrictCode()
  federalDistrict?: string | null;

  @Field(() => [OrganizationKind], { nullable: true, description: "At most 100 kinds." })
  @BoundedList("kinds")
  kinds?: OrganizationKind[] | null;

  @Field(() => Boolean, { nullable: true })
  socialOriented?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words to find in the name or description (at most 200 characters): case, ё/е and word endings do not matter.",
  })
  @SearchText()
  search?: string | null;
}
