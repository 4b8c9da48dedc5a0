import type { GraphQLResolveInfo } from "graphql";
import { Ctx, Directive, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { withoutDanglingLinks } from "../../shared/dangling-links";
import type { OrganizationsContext } from "../context";
import { linkedOrganization } from "../entities/organization.defaults";
import { Organization } from "../entities/organization.entity";
import { Event } from "../external/event";

@Resolver(() => Event)
export class EventOrganizersResolver {
  @FieldResolver(() => [Organization], {
    description:
      "The organisers, in the order given. A link naming no organisation is left out, with a NOT_FOUND error naming it.",
  })
  @Directive('@requires(fields: "organizerIds")')
  async organizers(
    @Root() event: Event,
    @Ctx() context: OrganizationsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organization[]> {
    const ids = event.organizerIds ?? [];
    const records = await context.loaders.organizationById.loadMany(ids);
    const found = withoutDanglingLinks(
      context,
      ids,
      records,
      info,
      `organiser of event ${event.id}`,
    );
    return found.map((record) => linkedOrganization(record, context.principal)!);
  }
}
