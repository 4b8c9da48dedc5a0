import { Field, ID, InputType } from "type-graphql";
import { Id, LIMITS, MAX_AWARD, MoneyAtMost, Text } from "../../../shared/input-constraints";
import { DateScalar } from "../../../shared/scalars";
import { MoneyInput } from "./money.input";

const RECIPIENT =
  "The recipient organisation: the calling centre, one it owns, or one whose owner consented (grantConsent).";

@InputType({ description: "A programme's support to one recipient organisation." })
export class CreateAwardInput {
  @Field(() => ID)
  @Id()
  programmeId!: string;

  @Field(() => ID, { description: RECIPIENT })
  @Id()
  recipientId!: string;

  @Field(() => MoneyInput, { nullable: true, description: "At most 10^11 roubles." })
  @MoneyAtMost(MAX_AWARD, "an award")
  amount?: MoneyInput | null;

  @Field(() => DateScalar, { nullable: true })
  awardedOn?: string | null;

  @Field()
  @Text(LIMITS.purpose)
  purpose!: string;
}

@InputType({ description: "Changes to an award: fields left out stay as they are." })
export class UpdateAwardInput {
  @Field(() => ID, { nullable: true, description: RECIPIENT })
  @Id()
  recipientId?: string | null;

  @Field(() => MoneyInput, { nullable: true, description: "At most 10^11 roubles." })
  @MoneyAtMost(MAX_AWARD, "an award")
  amount?: MoneyInput | null;

  @Field(() => DateScalar, { nullable: true })
  awardedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.purpose)
  purpose?: string | null;
}
