import { Field, ObjectType } from "type-graphql";
import { ValueQualifier } from "../../shared/figure";
import { DecimalScalar } from "../../shared/scalars";

@ObjectType({ description: "An exact amount of money. Billions of roubles round-trip exactly." })
export class Money {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field({ description: "ISO 4217 code: RUB." })
  currency!: string;

  @Field(() => ValueQualifier, {
    description: "How the source qualifies the amount: «около 4 млрд» is ABOUT.",
  })
  qualifier!: ValueQualifier;
}

/** Money as columns of a row, or null where the amount is not known. */
export function moneyOf(
  amount: string | null,
  currency: string | null,
  qualifier: ValueQualifier | null,
): Money | null {
  if (amount === null) return null;
  return { amount, currency: currency ?? "RUB", qualifier: qualifier ?? ValueQualifier.EXACT };
}
