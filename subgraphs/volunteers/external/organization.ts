import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The organizations subgraph's Organization, extended here with its volunteer groups. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;
}
