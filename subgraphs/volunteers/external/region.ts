import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The regions subgraph's Region, extended here with its volunteer count. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Region {
  @Field(() => ID)
  code!: string;
}
