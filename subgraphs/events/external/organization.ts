import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The organizations subgraph's Organization, extended here with the events it organised. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;
}
