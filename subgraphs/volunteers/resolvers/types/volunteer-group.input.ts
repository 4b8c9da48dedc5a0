import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new volunteer group; it belongs to the centre that creates it." })
export class CreateVolunteerGroupInput {
  @Field()
  name!: string;

  @Field(() => ID, { description: "The organisation the group works with; it must exist." })
  organizationId!: string;

  @Field(() => ID)
  regionCode!: string;

  @Field(() => Int)
  volunteerCount!: number;

  @Field(() => [String], { defaultValue: [] })
  activities!: string[];
}

@InputType({ description: "Changes to a volunteer group: fields left out stay as they are." })
export class UpdateVolunteerGroupInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  volunteerCount?: number | null;

  @Field(() => [String], { nullable: true })
  activities?: string[] | null;
}
