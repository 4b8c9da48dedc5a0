import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { VolunteersContext } from "../context";
import { VolunteerGroup } from "../entities/volunteer-group.entity";
import { Organization } from "../external/organization";

/** The field this subgraph adds to Organization. */
@Resolver(() => Organization)
export class OrganizationVolunteersResolver {
  @FieldResolver(() => [VolunteerGroup], {
    nullable: true,
    description: "Volunteer groups working with the organisation.",
  })
  volunteers(
    @Root() organization: Organization,
    @Ctx() { loaders }: VolunteersContext,
  ): Promise<VolunteerGroup[]> {
    return loaders.groupsByOrganizationId.load(organization.id);
  }
}
