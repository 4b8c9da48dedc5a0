import { Field, ID, InputType } from "type-graphql";
import {
  BoundedList,
  FederalDistrictCode,
  RegionCodeList,
  SearchText,
} from "../../../shared/filter-constraints";
import { Id } from "../../../shared/input-constraints";
import { ProgrammeKind } from "../../entities/enums";

@InputType({ description: "Filters for programme lists; all given conditions must hold." })
export class ProgrammeFilter {
  @Field(() => [ID], {
    nullable: true,
    description: "Programmes operating in any of these regions (at most 100).",
  })
  @RegionCodeList()
  regionCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  @FederalDistrictCode()
  federalDistrict?: string | null;

  @Field(() => [ProgrammeKind], { nullable: true, description: "At most 100 kinds." })
  @BoundedList("kinds")
  kinds?: ProgrammeKind[] | null;

  @Field(() => ID, { nullable: true })
  @Id()
  operatorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Words in the title, focus areas or description (at most 200 characters).",
  })
  @SearchText()
  search?: string | null;
}
