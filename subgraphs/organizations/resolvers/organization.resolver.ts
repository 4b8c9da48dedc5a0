import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { ConnectionShape } from "../../shared/pagination";
import { PageArgs } from "../../shared/page.args";
import type { OrganizationsContext } from "../context";
import { Network } from "../entities/network.entity";
import { Organization } from "../entities/organization.entity";
import { Person } from "../entities/person.entity";
import { Municipality } from "../external/municipality";
import { Region } from "../external/region";
import { ORGANIZATIONS } from "../queries";
import { OrganizationConnection } from "./organization-connection";
import { OrganizationFilter } from "./types/organization-filter.input";
import { visibleById } from "../../shared/owned-record";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, {
    nullable: true,
    description: "Organisations by name, filtered and paged.",
  })
  organizations(
    @Arg("filter", () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Args() page: PageArgs,
    @Ctx() { dataSource }: OrganizationsContext,
  ): Promise<ConnectionShape<Organization>> {
    return ORGANIZATIONS.page(dataSource, filter, ORGANIZATIONS.readPage(page));
  }

  @Query(() => Organization, {
    nullable: true,
    description: "An organisation by id; null when unknown.",
  })
  async organization(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders, principal }: OrganizationsContext,
  ): Promise<Organization | null> {
    return visibleById(await loaders.organizationById.load(id), principal);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region of the seat." })
  region(@Root() organization: Organization): Region | null {
    return organization.regionCode ? { code: organization.regionCode } : null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() organization: Organization): Municipality | null {
    return organization.municipalityId ? { id: organization.municipalityId } : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The resource centre one tier up.",
  })
  parentCentre(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext) {
    return organization.parentCentreId
      ? loaders.organizationById.load(organization.parentCentreId)
      : null;
  }

  @FieldResolver(() => [Organization], { description: "Resource centres one tier down." })
  childCentres(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext) {
    return loaders.childCentresByParentId.load(organization.id);
  }

  @FieldResolver(() => [Network])
  networks(
    @Root() organization: Organization,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<Network[]> {
    return loaders.networksByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => [Person], { description: "People in a role at the organisation." })
  people(
    @Root() organization: Organization,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<Person[]> {
    return loaders.peopleByOrganizationId.load(organization.id);
  }
}
