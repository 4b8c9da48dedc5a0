import { Field, ID, InputType, Int } from "type-graphql";
import { ValueQualifier } from "../../../shared/figure";
import {
  Id,
  IdList,
  LIMITS,
  RegionCode,
  Text,
  TextList,
  WholeNumber,
} from "../../../shared/input-constraints";
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
  @RegionCode()
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  @Id()
  municipalityId?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.name)
  venue?: string | null;

  @Field(() => Int, { nullable: true })
  @WholeNumber(0, 10_000_000)
  participantCount?: number | null;

  @Field(() => ValueQualifier, { nullable: true })
  participantCountQualifier?: ValueQualifier | null;

  @Field(() => ID, { nullable: true, description: "The event this one is a session of." })
  @Id()
  parentId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Organising organisations (at most ${LIMITS.links}); they must exist.`,
  })
  @IdList(LIMITS.links)
  organizerIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "At most 30, of 300 characters each." })
  @TextList(30, 300)
  topics?: string[] | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description)
  description?: string | null;
}

@InputType({ description: "A new event; it belongs to the centre that creates it." })
export class CreateEventInput extends EventFields {
  @Field()
  @Text(LIMITS.name)
  title!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => DateTimeScalar)
  startsAt!: string;

  @Field({ description: "IANA time zone where the event takes place." })
  @Text(64)
  timezone!: string;
}

@InputType({ description: "Changes to an event: fields left out stay as they are." })
export class UpdateEventInput extends EventFields {
  @Field(() => String, { nullable: true })
  @Text(LIMITS.name)
  title?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => DateTimeScalar, { nullable: true })
  startsAt?: string | null;

  @Field(() => String, { nullable: true })
  @Text(64)
  timezone?: string | null;
}
