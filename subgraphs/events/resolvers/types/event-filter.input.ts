import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../../../shared/scalars";
import { EventKind } from "../../entities/enums";

@InputType({ description: "Filters for event lists; all given conditions must hold." })
export class EventFilter {
  @Field(() => [ID], { nullable: true })
  regionCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  federalDistrict?: string | null;

  @Field(() => [EventKind], { nullable: true })
  kinds?: EventKind[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Events starting at or after this instant.",
  })
  from?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Events starting at or before this instant.",
  })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: "Events this organisation organised." })
  organizerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Words in the title, topics or description.",
  })
  search?: string | null;
}
