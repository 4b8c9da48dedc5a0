import { Field, ID, InputType, Int } from "type-graphql";
import {
  Id,
  LIMITS,
  RegionCode,
  Text,
  TextList,
  WholeNumber,
} from "../../../shared/input-constraints";

@InputType({ description: "A new volunteer group; it belongs to the centre that creates it." })
export class CreateVolunteerGroupInput {
  @Field()
  @Text(LIMITS.name)
  name!: string;

  @Field(() => ID, { description: "The organisation the group works with; it must exist." })
  @Id()
  organizationId!: string;

  @Field(() => ID)
  @RegionCode()
  regionCode!: string;

  @Field(() => Int)
  @WholeNumber(0, 1_000_000)
  volunteerCount!: number;

  @Field(() => [String], { defaultValue: [], description: "At most 20, of 200 characters each." })
  @TextList(20, 200)
  activities!: string[];
}

@InputType({ description: "Changes to a volunteer group: fields left out stay as they are." })
export class UpdateVolunteerGroupInput {
  @Field(() => String, { nullable: true })
  @Text(LIMITS.name)
  name?: string | null;

  @Field(() => Int, { nullable: true })
  @WholeNumber(0, 1_000_000)
  volunteerCount?: number | null;

  @Field(() => [String], { nullable: true })
  @TextList(20, 200)
  activities?: string[] | null;
}
