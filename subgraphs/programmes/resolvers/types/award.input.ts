import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../../shared/scalars";
import { MoneyInput } from "./money.input";

@InputType({ description: "A programme's support to one recipient organisation." })
export class CreateAwardInput {
  @Field(() => ID)
  programmeId!: string;

  @Field(() => ID, { description: "The recipient organisation; it must exist." })
  recipientId!: string;

  @Field(() => MoneyInput, { nullable: true })
  amount?: MoneyInput | null;

  @Field(() => DateScalar, { nullable: true })
  awardedOn?: string | null;

  @Field()
  purpose!: string;
}

@InputType({ description: "Changes to an award: fields left out stay as they are." })
export class UpdateAwardInput {
  @Field(() => ID, { nullable: true })
  recipientId?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  amount?: MoneyInput | null;

  @Field(() => DateScalar, { nullable: true })
  awardedOn?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;
}
