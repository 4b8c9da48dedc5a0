import type { EntityManager } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import { badUserInput } from "../../shared/errors";
import {
  argumentNameOf,
  firstConstraintError,
  ImportWarning,
  rejectionOf,
  type ImportRejection,
} from "../../shared/import-report";
import { OrganizationKind } from "../entities/enums";
import type { Organization } from "../entities/organization.entity";
import { organizationChanges } from "./organization-changes";
import { registerFocusAreas } from "./register-activities";
import { CreateOrganizationInput } from "./types/organization.input";
import type { OrganizationImportRow } from "./types/organization-import.input";

/** A row that passed its own checks: what a new record would hold, and how to match it. */
export interface CheckedOrganizationRow {
  row: number;
  inn: string | null;
  ogrn: string | null;
  /** The columns a new record gets (from organizationChanges, as createOrganization's). */
  columns: Partial<Organization>;
  /** Activities kept as free text, reported once the row is taken. */
  warning: ImportWarning | null;
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

/** The note on activities that neither art. 31.1 п. 1 nor the OKVED codes know, if any. */
function activitiesWarning(row: number, unknown: string[]): ImportWarning | null {
  if (unknown.length === 0) return null;
  const listed = unknown.map((text) => `«${text}»`).join(", ");
  return Object.assign(new ImportWarning(), {
    row,
    field: "activities",
    value: unknown.join("; "),
    code: "UNKNOWN_ACTIVITY",
    message: `Not an activity of 7-FZ art. 31.1 п. 1 nor a known OKVED 2 code, kept as free text: ${listed}.`,
  });
}

/** The createOrganization input a row amounts to, and the activities no list knows. */
function inputOf(
  row: OrganizationImportRow,
  regionCode: string | null,
): { input: CreateOrganizationInput; unknown: string[] } {
  const activities = registerFocusAreas(row.activities ?? "");
  const input = Object.assign(new CreateOrganizationInput(), {
    name: row.name ?? "",
    kind: OrganizationKind.NGO,
    socialOriented: true,
    inn: blank(row.inn) ?? undefined,
    ogrn: blank(row.ogrn) ?? undefined,
    regionCode: regionCode ?? undefined,
    focusAreas: activities.focusAreas,
    description: addressDescription(blank(row.address)) ?? undefined,
  });
  return { input, unknown: activities.unknown };
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
    const { input, unknown } = inputOf(row, regionCode);
    const failure = await firstConstraintError(
      input,
      (property) => ROW_FIELD[property] ?? property,
    );
    if (failure) return rejectionOf(row.row, failure.field, failure.value, failure.error);
    if (!input.inn && !input.ogrn)
      throw badUserInput("inn", null, "An INN or an OGRN is needed to match the organisation.");
    const columns = await organizationChanges(manager, input, null, principal);
    const warning = activitiesWarning(row.row, unknown);
    return { row: row.row, inn: input.inn ?? null, ogrn: input.ogrn ?? null, columns, warning };
  } catch (error) {
    const property = argumentNameOf(error)?.replace(/^input\./, "") ?? null;
    const rowField = property ? (ROW_FIELD[property] ?? property) : null;
    return rejectionOf(row.row, rowField, valueOf(row, rowField), error);
  }
}

function valueOf(row: OrganizationImportRow, field: string | null): unknown {
  return field ? (row as unknown as Record<string, unknown>)[field] : null;
}
