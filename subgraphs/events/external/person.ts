import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The organizations subgraph's Person, referenced by id only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}
