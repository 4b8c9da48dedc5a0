import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DecimalScalar } from "./scalars";

/** How exactly a source states a figure: "более 36 тысяч", "около 4 млрд", "почти 100 тысяч". */
export enum ValueQualifier {
  EXACT = "EXACT",
  MORE_THAN = "MORE_THAN",
  ABOUT = "ABOUT",
  ALMOST = "ALMOST",
}
registerEnumType(ValueQualifier, {
  name: "ValueQualifier",
  description: "How a source qualifies a figure: exactly, more than, about or almost the value.",
});

/** A figure as stored: a JSON row on the record that states it. */
export interface FigureRow {
  indicator: string;
  /** Exact decimal, as a string, so large values never pass through a float. */
  value: string;
  unit: string;
  qualifier: ValueQualifier;
  /** `YYYY-MM-DD`, or null where the source gives no date. */
  asOf: string | null;
  note?: string | null;
  /** The source article file the figure is quoted from; null for figures entered later. */
  source: string | null;
}

/** The fields every figure type has; concrete types below only give it a name. */
@ObjectType()
export abstract class FigureFields {
  @Field({ description: "What is counted or measured, in the source's words." })
  indicator!: string;

  @Field(() => DecimalScalar)
  value!: string;

  @Field({ description: "Unit of the value, for example `contracts`, `RUB`, `participants`." })
  unit!: string;

  @Field(() => ValueQualifier)
  qualifier!: ValueQualifier;

  @Field(() => DateScalar, { nullable: true })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: "How the figure was read from its source." })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The source article file the figure comes from.",
  })
  source!: string | null;
}

/** A named figure attached to a region, organisation or event. */
@Directive("@shareable")
@ObjectType({ description: "A named figure quoted from a source, with its qualifier." })
export class Figure extends FigureFields {}
