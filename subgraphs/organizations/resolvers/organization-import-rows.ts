import type { EntityManager } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import { badUserInput } from "../../shared/errors";
import {
  argumentNameOf,
  firstConstraintError,
  rejectionOf,
  type ImportRejection,
} from "../../shared/import-report";
import { OrganizationKind } from "../entities/enums";
import type { Organization } from "../entities/organization.entity";
import { organizationChanges } from "./organization-changes";
import { activityCodes, focusAreasOf } from "./register-activities";
import { CreateOrganizationInput } from "./types/organization.input";
import type { OrganizationImportRow } from "./types/organization-import.input";

/** A row that passed its own checks: what a new record would hold, and how to match it. */
export interface CheckedOrganizationRow {
  row: number;
  inn: string | null;
  ogrn: string | null;
  /** The columns a new record gets (from organizationChanges, as createOrganization's). */
  columns: Partial<Organization>;
}

/** Which row field each CreateOrganizationInput property comes from, for the report. */
const ROW_FIELD: Record<string, string> = {
  name: "name",
  inn: "inn",
  ogrn: "ogrn",
  focusAreas: "activities",
  description: "address",
};

const blank = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The address is kept in the description, the one free-text field an organisation has. */
export function addressDescription(address: string | null): string | null {
  return address ? `Почтовый адрес: ${address}` : null;
}

/** The createOrganization input a row amounts to, or a rejection for its activities. */
function inputOf(row: OrganizationImportRow, regionCode: string | null): CreateOrganizationInput {
  const activities = activityCodes(row.activities ?? "");
  if (activities.unknown.length)
    throw badUserInput(
      "activities",
      activities.unknown.join(", "),
      "Unknown OKVED 2 activity code(s); expected codes such as 88.99 or 94.99.",
    );
  return Object.assign(new CreateOrganizationInput(), {
    name: row.name ?? "",
    kind: OrganizationKind.NGO,
    socialOriented: true,
    inn: blank(row.inn) ?? undefined,
    ogrn: blank(row.ogrn) ?? undefined,
    regionCode: regionCode ?? undefined,
    focusAreas: focusAreasOf(activities.known),
    description: addressDescription(blank(row.address)) ?? undefined,
  });
}

/**
 * Checks one row as createOrganization would check its input: the input type's constraints
 * (INN and OGRN check digits, lengths) and organizationChanges (non-empty name, region), plus
 * what matching needs: an INN or an OGRN. Returns the checked row or its rejection.
 */
export async function checkOrganizationRow(
  manager: EntityManager,
  row: OrganizationImportRow,
  regionCode: string | null,
  principal: Principal,
): Promise<CheckedOrganizationRow | ImportRejection> {
  try {
    const input = inputOf(row, regionCode);
    const failure = await firstConstraintError(
      input,
      (property) => ROW_FIELD[property] ?? property,
    );
    if (failure) return rejectionOf(row.row, failure.field, failure.value, failure.error);
    if (!input.inn && !input.ogrn)
      throw badUserInput("inn", null, "An INN or an OGRN is needed to match the organisation.");
    const columns = await organizationChanges(manager, input, null, principal);
    return { row: row.row, inn: input.inn ?? null, ogrn: input.ogrn ?? null, columns };
  } catch (error) {
    const property = argumentNameOf(error)?.replace(/^input\./, "") ?? null;
    const rowField = property ? (ROW_FIELD[property] ?? property) : null;
    return rejectionOf(row.row, rowField, valueOf(row, rowField), error);
  }
}

function valueOf(row: OrganizationImportRow, field: string | null): unknown {
  return field ? (row as unknown as Record<string, unknown>)[field] : null;
}
