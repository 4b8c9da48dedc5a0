import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import {
  archive,
  definedOnly,
  inTransaction,
  loadForChange,
  newId,
  saveChanges,
  stampForCreate,
} from "../../shared/writes";
import type { OrganizationsContext } from "../context";
import { Organization } from "../entities/organization.entity";
import { organizationChanges, organizationSearchText } from "./organization-changes";
import { CreateOrganizationInput, UpdateOrganizationInput } from "./types/organization.input";

@Resolver(() => Organization)
export class OrganizationMutationsResolver {
  @Mutation(() => Organization, {
    description: "Creates an organisation owned by the calling centre.",
  })
  createOrganization(
    @Arg("input", () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return inTransaction(context, async (manager, principal) => {
      const changes = await organizationChanges(manager, input, null);
      const record = Object.assign(new Organization(), {
        nameEn: null,
        legalForm: null,
        inn: null,
        ogrn: null,
        socialOriented: false,
        regionCode: null,
        municipalityId: null,
        level: null,
        parentCentreId: null,
        focusAreas: [],
        website: null,
        description: null,
        figures: [],
        sources: [],
        ...definedOnly(changes),
        id: newId("org", input.nameEn ?? ""),
        ...stampForCreate(principal),
      });
      record.searchText = organizationSearchText(record);
      return manager.save(record);
    });
  }

  @Mutation(() => Organization, {
    description: "Changes an organisation the caller owns (or any, for the coordinator).",
  })
  updateOrganization(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return inTransaction(context, async (manager, principal) => {
      const record = await loadForChange(manager, Organization, id, "Organization", principal);
      const changes = await organizationChanges(manager, input, record);
      const merged = { ...record, ...definedOnly(changes) } as Organization;
      return saveChanges(
        manager,
        record,
        { ...changes, searchText: organizationSearchText(merged) },
        principal,
      );
    });
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
