import type { EntityManager } from "typeorm";
import { badUserInput } from "../../shared/errors";
import { buildSearchText } from "../../shared/search";
import * as check from "../../shared/validation";
import { OrganizationKind } from "../entities/enums";
import { Organization } from "../entities/organization.entity";
import type { CreateOrganizationInput, UpdateOrganizationInput } from "./types/organization.input";

type Input = CreateOrganizationInput | UpdateOrganizationInput;

/**
 * Validates an organisation input and returns the column changes it makes (undefined for
 * fields it leaves alone). `current` is the record being changed, if any.
 */
export async function organizationChanges(
  manager: EntityManager,
  input: Input,
  current: Organization | null,
): Promise<Partial<Organization>> {
  const regionCode = check.regionCode("input.regionCode", input.regionCode);
  const changes: Partial<Organization> = {
    name: check.notCleared("input.name", check.optionalText("input.name", input.name, 300)),
    nameEn: check.optionalText("input.nameEn", input.nameEn, 300),
    kind: check.notCleared("input.kind", input.kind),
    legalForm: input.legalForm,
    inn: check.inn("input.inn", input.inn),
    ogrn: check.ogrn("input.ogrn", input.ogrn),
    socialOriented: check.notCleared("input.socialOriented", input.socialOriented),
    regionCode,
    municipalityId: check.municipalityId(
      "input.municipalityId",
      input.municipalityId,
      regionCode === undefined ? current?.regionCode : regionCode,
    ),
    level: input.level,
    parentCentreId: input.parentCentreId,
    focusAreas:
      input.focusAreas === undefined
        ? undefined
        : check.textList("input.focusAreas", input.focusAreas ?? [], 20, 200),
    website: check.url("input.website", input.website),
    description: check.optionalText("input.description", input.description, 5000),
  };
  if (input.parentCentreId) await assertParentCentre(manager, input.parentCentreId, current?.id);
  return changes;
}

async function assertParentCentre(
  manager: EntityManager,
  parentId: string,
  selfId: string | undefined,
): Promise<void> {
  if (parentId === selfId)
    throw badUserInput(
      "input.parentCentreId",
      parentId,
      "An organisation cannot be its own parent.",
    );
  const parent = await manager.findOneBy(Organization, { id: parentId });
  if (!parent || parent.archivedAt !== null || parent.kind !== OrganizationKind.RESOURCE_CENTRE) {
    throw badUserInput(
      "input.parentCentreId",
      parentId,
      "Expected the id of a live resource centre.",
    );
  }
}

/** The folded search text of an organisation after changes. */
export function organizationSearchText(record: Organization): string {
  return buildSearchText(record.name, record.nameEn, record.description, record.focusAreas);
}
