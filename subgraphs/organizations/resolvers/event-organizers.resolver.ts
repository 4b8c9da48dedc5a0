import type { GraphQLResolveInfo } from "graphql";
import { Ctx, Directive, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { Organization } from "../entities/organization.entity";
import { Event } from "../external/event";
import { linkedOrganizations } from "./linked-organizations";

@Resolver(() => Event)
export class EventOrganizersResolver {
  @FieldResolver(() => [Organization], {
    description:
      "The organisers, in the order given. A link naming no organisation is left out, with a NOT_FOUND error naming it.",
  })
  @Directive('@requires(fields: "organizerIds")')
  organizers(
    @Root() event: Event,
    @Ctx() context: OrganizationsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organization[]> {
    return linkedOrganizations(context, event.organizerIds, info, `organiser of event ${event.id}`);
  }
}
