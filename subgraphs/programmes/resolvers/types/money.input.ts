import { Field, InputType } from "type-graphql";
import { ValueQualifier } from "../../../shared/figure";
import { CurrencyCode, MoneyAmount, Text } from "../../../shared/input-constraints";
import { DateScalar, DecimalScalar } from "../../../shared/scalars";

@InputType({
  description:
    'An exact, non-negative amount: `{ amount: "4000000000.00", currency: "RUB" }`. Budgets are bounded by 10^13 and awards by 10^11.',
})
export class MoneyInput {
  @Field(() => DecimalScalar)
  @MoneyAmount()
  amount!: string;

  @Field({ defaultValue: "RUB" })
  @CurrencyCode()
  currency!: string;

  @Field(() => ValueQualifier, { defaultValue: ValueQualifier.EXACT })
  qualifier!: ValueQualifier;
}

@InputType({
  description: "A named result: «более 36 тысяч контрактов» is 36000, contracts, MORE_THAN.",
})
export class OutcomeInput {
  @Field()
  @Text(300)
  indicator!: string;

  @Field(() => DecimalScalar)
  @Text(40)
  value!: string;

  @Field()
  @Text(100)
  unit!: string;

  @Field(() => ValueQualifier, { defaultValue: ValueQualifier.EXACT })
  qualifier!: ValueQualifier;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string | null;
}
