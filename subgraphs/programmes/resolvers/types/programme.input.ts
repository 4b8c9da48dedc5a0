import { Field, ID, InputType } from "type-graphql";
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
  supportTypes?: SupportType[] | null;

  @Field(() => ID, { nullable: true, description: "The organisation that runs it; it must exist." })
  operatorId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Partner organisations; they must exist." })
  partnerIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "ISO 3166-2:RU codes of the regions it operates in.",
  })
  regionCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  budget?: MoneyInput | null;

  @Field(() => [OutcomeInput], { nullable: true })
  outcomes?: OutcomeInput[] | null;

  @Field(() => [SocialContractDirection], {
    nullable: true,
    description: "Only for SOCIAL_CONTRACT programmes.",
  })
  socialContractDirections?: SocialContractDirection[] | null;

  @Field(() => [String], { nullable: true })
  focusAreas?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: "A new programme; it belongs to the centre that creates it." })
export class CreateProgrammeInput extends ProgrammeFields {
  @Field()
  title!: string;

  @Field(() => ProgrammeKind)
  kind!: ProgrammeKind;
}

@InputType({ description: "Changes to a programme: fields left out stay as they are." })
export class UpdateProgrammeInput extends ProgrammeFields {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ProgrammeKind, { nullable: true })
  kind?: ProgrammeKind | null;
}
