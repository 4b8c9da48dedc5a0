import { Field, ID, InputType, Int } from "type-graphql";
import { ValueQualifier } from "../../../shared/figure";
import { DateTimeScalar } from "../../../shared/scalars";
import { DatePrecision, EventKind } from "../../entities/enums";

/** Fields both inputs share; every one is optional, and null clears it on update. */
@InputType()
abstract class EventFields {
  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision?: DatePrecision | null;

  @Field(() => ID, { nullable: true })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => Int, { nullable: true })
  participantCount?: number | null;

  @Field(() => ValueQualifier, { nullable: true })
  participantCountQualifier?: ValueQualifier | null;

  @Field(() => ID, { nullable: true, description: "The event this one is a session of." })
  parentId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Organising organisations; they must exist." })
  organizerIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: "A new event; it belongs to the centre that creates it." })
export class CreateEventInput extends EventFields {
  @Field()
  title!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => DateTimeScalar)
  startsAt!: string;

  @Field({ description: "IANA time zone where the event takes place." })
  timezone!: string;
}

@InputType({ description: "Changes to an event: fields left out stay as they are." })
export class UpdateEventInput extends EventFields {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => DateTimeScalar, { nullable: true })
  startsAt?: string | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;
}
