import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { ConnectionShape } from "../../shared/pagination";
import { PageArgs } from "../../shared/page.args";
import type { OrganizationsContext } from "../context";
import { ORGANIZATIONS } from "../queries";
import type { Organization } from "../entities/organization.entity";
import { Region } from "../external/region";
import { OrganizationConnection } from "./organization-connection";
import { OrganizationFilter } from "./types/organization-filter.input";

/** The fields this subgraph adds to Region. */
@Resolver(() => Region)
export class RegionOrganizationsResolver {
  @FieldResolver(() => OrganizationConnection, {
    nullable: true,
    description: "Organisations seated in the region.",
  })
  organizations(
    @Root() region: Region,
    @Arg("filter", () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Args() page: PageArgs,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<ConnectionShape<Organization>> {
    const request = ORGANIZATIONS.readPage(page);
    return loaders.organizations.pageOf("region", region.code, filter, request);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "How many organisations are seated in the region.",
  })
  organizationCount(
    @Root() region: Region,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<number> {
    return loaders.organizations.countOf("region", region.code);
  }
}
