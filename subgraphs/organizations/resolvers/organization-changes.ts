import { IsNull, type EntityManager } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import { badUserInput } from "../../shared/errors";
import * as check from "../../shared/validation";
import { assertParentLink, type ParentRule } from "../../shared/writes";
import { OrganizationKind } from "../entities/enums";
import { Organization } from "../entities/organization.entity";
import type { CreateOrganizationInput, UpdateOrganizationInput } from "./types/organization.input";

type Input = CreateOrganizationInput | UpdateOrganizationInput;

const PARENT_CENTRE: ParentRule<Organization> = {
  field: "input.parentCentreId",
  what: "Organization",
  parentOf: (organization) => organization.parentCentreId,
  accepts: (organization) => organization.kind === OrganizationKind.RESOURCE_CENTRE,
  expected: "a live resource centre",
};

/**
 * Validates an organisation input and returns the column changes it makes (undefined for
 * fields it leaves alone). `current` is the record being changed, if any.
 */
export async function organizationChanges(
  manager: EntityManager,
  input: Input,
  current: Organization | null,
  principal: Principal,
): Promise<Partial<Organization>> {
  const changes: Partial<Organization> = {
    name: check.notCleared("input.name", check.optionalText("input.name", input.name, 300)),
    nameEn: check.optionalText("input.nameEn", input.nameEn, 300),
    kind: check.notCleared("input.kind", input.kind),
    legalForm: input.legalForm,
    inn: check.inn("input.inn", input.inn),
    ogrn: check.ogrn("input.ogrn", input.ogrn),
    socialOriented: check.notCleared("input.socialOriented", input.socialOriented),
    ...check.placeChanges(input, current),
    level: input.level,
    parentCentreId: input.parentCentreId,
    focusAreas:
      input.focusAreas === undefined
        ? undefined
        : check.textList("input.focusAreas", input.focusAreas ?? [], 20, 200),
    website: check.url("input.website", input.website),
    description: check.optionalText("input.description", input.description, 5000),
  };
  if (input.parentCentreId) {
    await assertParentLink(
      manager,
      Organization,
      input.parentCentreId,
      current?.id,
      principal,
      PARENT_CENTRE,
    );
  }
  if (current && changes.kind && changes.kind !== OrganizationKind.RESOURCE_CENTRE) {
    await assertNoChildCentres(manager, current);
  }
  return changes;
}

/** A resource centre with centres below it stays a resource centre. */
async function assertNoChildCentres(manager: EntityManager, current: Organization): Promise<void> {
  if (current.kind !== OrganizationKind.RESOURCE_CENTRE) return;
  const children = await manager.countBy(Organization, {
    parentCentreId: current.id,
    archivedAt: IsNull(),
  });
  if (children > 0) {
    throw badUserInput(
      "input.kind",
      current.id,
      `${children} centre(s) name it as their parent; move them first.`,
    );
  }
}
