import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The regions subgraph's Municipality, referenced by id only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Municipality {
  @Field(() => ID)
  id!: string;
}
