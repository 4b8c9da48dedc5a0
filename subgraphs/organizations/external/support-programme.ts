import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The programmes subgraph's SupportProgramme, given its partners here from the links it holds
 * (`partnerIds`), for the reason Event is given its organisers here (see external/event.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class SupportProgramme {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [ID])
  partnerIds!: string[];
}
