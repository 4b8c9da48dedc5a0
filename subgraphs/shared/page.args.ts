import { ArgsType, Field, Int } from "type-graphql";

/** `first` and `after` of every connection field; validated by readPageArgs. */

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "Page size, 0 to 100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page." })
  after?: string | null;
}
