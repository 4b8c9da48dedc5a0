import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { Organization } from "../entities/organization.entity";

@Resolver(() => Organization)
export class OrganizationConsentsResolver {
  @FieldResolver(() => [ID], {
    description:
      "Resource centres the owner lets name this organisation as the operator of their programmes or the recipient of their awards.",
  })
  consentedCentreIds(
    @Root() organization: Organization,
    @Ctx() { consentsByOrganizationId }: OrganizationsContext,
  ): Promise<string[]> {
    return consentsByOrganizationId.load(organization.id);
  }
}
