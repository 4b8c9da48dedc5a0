import { Field, ID, InputType } from "type-graphql";
import { ProgrammeKind } from "../../entities/enums";

@InputType({ description: "Filters for programme lists; all given conditions must hold." })
export class ProgrammeFilter {
  @Field(() => [ID], {
    nullable: true,
    description: "Programmes operating in any of these regions.",
  })
  regionCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  federalDistrict?: string | null;

  @Field(() => [ProgrammeKind], { nullable: true })
  kinds?: ProgrammeKind[] | null;

  @Field(() => ID, { nullable: true })
  operatorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Words in the title, focus areas or description.",
  })
  search?: string | null;
}
