import { IsNull, type EntityManager } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import { badUserInput } from "../../shared/errors";
import * as check from "../../shared/validation";
import { assertParentLink, type ParentRule } from "../../shared/writes";
import { OrganizationKind } from "../entities/enums";
import { Organization } from "../entities/organization.entity";
import type { CreateOrganizationInput, UpdateOrganizationInput } from "./types/organization.input";

export type OrganizationInput = CreateOrganizationInput | UpdateOrganizationInput;

const PARENT_CENTRE: ParentRule<Organization> = {
  field: "input.parentCentreId",
  what: "Organization",
  lock: "organization.hierarchy",
  parentOf: (organization) => organization.parentCentreId,
  accepts: (organization) => organization.kind === OrganizationKind.RESOURCE_CENTRE,
  expected: "a live resource centre",
};

/**
 * The advisory locks a write of `input` takes: a new parent link and a change of kind both
 * touch the tree of centres (a parent must stay a resource centre), so they take turns.
 */
export function organizationLocks(input: OrganizationInput): string[] {
  return input.parentCentreId !== undefined || input.kind !== undefined ? [PARENT_CENTRE.lock] : [];
}

/**
 * Validates an organisation input inside the write's transaction and returns the column
 * changes it makes (undefined for fields it leaves alone). `current` is the locked record
 * being changed, if any. Single-field bounds were checked on the input type already.
 */
export async function organizationChanges(
  manager: EntityManager,
  input: OrganizationInput,
  current: Organization | null,
  principal: Principal,
): Promise<Partial<Organization>> {
  const changes: Partial<Organization> = {
    name: check.notCleared("input.name", check.optionalText("input.name", input.name)),
    nameEn: check.optionalText("input.nameEn", input.nameEn),
    kind: check.notCleared("input.kind", input.kind),
    legalForm: input.legalForm,
    inn: input.inn,
    ogrn: input.ogrn,
    socialOriented: check.notCleared("input.socialOriented", input.socialOriented),
    ...check.placeChanges(input, current),
    level: input.level,
    parentCentreId: input.parentCentreId,
    focusAreas: check.textList("input.focusAreas", input.focusAreas),
    website: check.url("input.website", input.website),
    description: check.optionalText("input.description", input.description),
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
