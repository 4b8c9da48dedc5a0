import type { GraphQLResolveInfo } from "graphql";
import { Ctx, Directive, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { Organization } from "../entities/organization.entity";
import { SupportProgramme } from "../external/support-programme";
import { linkedOrganizations } from "./linked-organizations";

@Resolver(() => SupportProgramme)
export class ProgrammePartnersResolver {
  @FieldResolver(() => [Organization], {
    description:
      "The partners, in the order given. A link naming no organisation is left out, with a NOT_FOUND error naming it.",
  })
  @Directive('@requires(fields: "partnerIds")')
  partners(
    @Root() programme: SupportProgramme,
    @Ctx() context: OrganizationsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Organization[]> {
    const what = `partner of programme ${programme.id}`;
    return linkedOrganizations(context, programme.partnerIds, info, what);
  }
}
