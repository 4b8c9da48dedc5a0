import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The events subgraph's Event, given its organisers here: the events subgraph holds the links
 * (`organizerIds`), this subgraph the organisations, so only here can a link that names no
 * organisation be told apart and left out (see EventOrganizersResolver).
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Event {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [ID])
  organizerIds!: string[];
}
