import { Field, InputType } from "type-graphql";
import { ValueQualifier } from "../../../shared/figure";
import { DateScalar, DecimalScalar } from "../../../shared/scalars";

@InputType({
  description: 'An exact, non-negative amount: `{ amount: "4000000000.00", currency: "RUB" }`.',
})
export class MoneyInput {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field({ defaultValue: "RUB" })
  currency!: string;

  @Field(() => ValueQualifier, { defaultValue: ValueQualifier.EXACT })
  qualifier!: ValueQualifier;
}

@InputType({
  description: "A named result: «более 36 тысяч контрактов» is 36000, contracts, MORE_THAN.",
})
export class OutcomeInput {
  @Field()
  indicator!: string;

  @Field(() => DecimalScalar)
  value!: string;

  @Field()
  unit!: string;

  @Field(() => ValueQualifier, { defaultValue: ValueQualifier.EXACT })
  qualifier!: ValueQualifier;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string | null;
}
