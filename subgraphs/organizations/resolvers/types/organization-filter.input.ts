import { Field, ID, InputType } from "type-graphql";
import { OrganizationKind } from "../../entities/enums";

@InputType({ description: "Filters for organisation lists; all given conditions must hold." })
export class OrganizationFilter {
  @Field(() => [ID], { nullable: true, description: "ISO 3166-2 codes of the seat region." })
  regionCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Federal district code, such as URAL." })
  federalDistrict?: string | null;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => Boolean, { nullable: true })
  socialOriented?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words to find in the name or description: case, ё/е and word endings do not matter.",
  })
  search?: string | null;
}
