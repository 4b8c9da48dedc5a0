import { ArrayMaxSize } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import {
  Id,
  IdList,
  LIMITS,
  MAX_BUDGET,
  MoneyAtMost,
  NestedList,
  Text,
  TextList,
} from "../../../shared/input-constraints";
import { DateScalar } from "../../../shared/scalars";
import {
  ProgrammeKind,
  ProgrammeStatus,
  SocialContractDirection,
  SupportType,
} from "../../entities/enums";
import { MoneyInput, OutcomeInput } from "./money.input";

/** Fields both inputs share; every one is optional, and null clears it on update. */
@InputType()
abstract class ProgrammeFields {
  @Field(() => ProgrammeStatus, { nullable: true })
  status?: ProgrammeStatus | null;

  @Field(() => [SupportType], { nullable: true })
  @ArrayMaxSize(20, { message: "At most 20 items are allowed" })
  supportTypes?: SupportType[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The organisation that runs it: the calling centre, one it owns, or one whose owner consented (grantConsent).",
  })
  @Id()
  operatorId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Partner organisations (at most ${LIMITS.links}); they must exist.`,
  })
  @IdList(LIMITS.links)
  partnerIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "ISO 3166-2:RU codes of the regions it operates in.",
  })
  @IdList(LIMITS.regions)
  regionCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => MoneyInput, { nullable: true, description: "At most 10^13 roubles." })
  @MoneyAtMost(MAX_BUDGET, "a programme's budget")
  budget?: MoneyInput | null;

  @Field(() => [OutcomeInput], { nullable: true })
  @NestedList(LIMITS.outcomes)
  outcomes?: OutcomeInput[] | null;

  @Field(() => [SocialContractDirection], {
    nullable: true,
    description: "Only for SOCIAL_CONTRACT programmes.",
  })
  @ArrayMaxSize(20, { message: "At most 20 items are allowed" })
  socialContractDirections?: SocialContractDirection[] | null;

  @Field(() => [String], { nullable: true, description: "At most 20, of 200 characters each." })
  @TextList(20, 200)
  focusAreas?: string[] | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description)
  description?: string | null;
}

@InputType({ description: "A new programme; it belongs to the centre that creates it." })
export class CreateProgrammeInput extends ProgrammeFields {
  @Field()
  @Text(LIMITS.name)
  title!: string;

  @Field(() => ProgrammeKind)
  kind!: ProgrammeKind;
}

@InputType({ description: "Changes to a programme: fields left out stay as they are." })
export class UpdateProgrammeInput extends ProgrammeFields {
  @Field(() => String, { nullable: true })
  @Text(LIMITS.name)
  title?: string | null;

  @Field(() => ProgrammeKind, { nullable: true })
  kind?: ProgrammeKind | null;
}
