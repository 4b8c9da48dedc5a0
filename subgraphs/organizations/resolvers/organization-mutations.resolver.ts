import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { archive, createOwned, newId, updateOwned, type WritePlan } from "../../shared/writes";
import type { OrganizationsContext } from "../context";
import { ORGANIZATION_DEFAULTS, organizationSearchText } from "../entities/organization.defaults";
import { Organization } from "../entities/organization.entity";
import {
  organizationChanges,
  organizationLocks,
  type OrganizationInput,
} from "./organization-changes";
import { CreateOrganizationInput, UpdateOrganizationInput } from "./types/organization.input";

/** Everything an organisation's links depend on is local: its checks all run in the transaction. */
function plan(input: OrganizationInput): WritePlan<Organization> {
  return {
    locks: organizationLocks(input),
    changes: (manager, current, principal) =>
      organizationChanges(manager, input, current, principal),
    searchText: organizationSearchText,
  };
}

@Resolver(() => Organization)
export class OrganizationMutationsResolver {
  @Mutation(() => Organization, {
    description: "Creates an organisation owned by the calling centre.",
  })
  createOrganization(
    @Arg("input", () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return createOwned(
      context,
      Organization,
      newId("org", input.nameEn ?? ""),
      ORGANIZATION_DEFAULTS,
      plan(input),
    );
  }

  @Mutation(() => Organization, {
    description: "Changes an organisation the caller owns (or any, for the coordinator).",
  })
  updateOrganization(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return updateOwned(context, Organization, id, "Organization", plan(input));
  }

  @Mutation(() => Organization, {
    description: "Archives an organisation: it leaves lists but is kept.",
  })
  archiveOrganization(
    @Arg("id", () => ID) id: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return archive(context, Organization, id, "Organization");
  }
}
