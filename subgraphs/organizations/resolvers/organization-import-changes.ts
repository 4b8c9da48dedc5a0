import { In, type EntityManager } from "typeorm";
import { canChange } from "../../shared/auth/guards";
import type { Principal } from "../../shared/auth/principal";
import { badUserInput } from "../../shared/errors";
import { cannotName, mayName } from "../../shared/linked-organizations";
import {
  argumentNameOf,
  rejectionOf,
  type ImportRejection,
  type ImportWarning,
} from "../../shared/import-report";
import { lockKey } from "../../shared/locks";
import { updatedStamp, visibleById } from "../../shared/owned-record";
import { definedOnly, newId, stampForCreate } from "../../shared/writes";
import { OrganizationConsent } from "../entities/organization-consent.entity";
import { ORGANIZATION_DEFAULTS, organizationSearchText } from "../entities/organization.defaults";
import { Organization } from "../entities/organization.entity";
import { checkOrganizationRow, type CheckedOrganizationRow } from "./organization-import-rows";
import {
  ImportedOrganization,
  ImportOutcomeKind,
  OrganizationImportResult,
  type OrganizationImportRow,
} from "./types/organization-import.input";

/** Rows per INSERT: about 22 columns each stays under SQLite's oldest limit of 999 variables. */
const INSERT_CHUNK = 40;

/** The records of one batch: found in the database or created by an earlier row of it. */
class Matches {
  readonly byInn = new Map<string, Organization>();
  readonly byOgrn = new Map<string, Organization>();
  readonly created = new Map<string, Organization>();
  readonly updated = new Map<string, { record: Organization; fill: Partial<Organization> }>();

  constructor(
    records: Organization[],
    readonly consented: Set<string>,
  ) {
    records.forEach((record) => this.add(record));
  }

  add(record: Organization): void {
    if (record.inn) this.byInn.set(record.inn, record);
    if (record.ogrn) this.byOgrn.set(record.ogrn, record);
  }
}

/**
 * The records any row names by INN or OGRN that the caller may see, and the consents it holds.
 * An archived record is seen only by its owner and the coordinator, as `organization(id:)` shows
 * it (visibleById): to anyone else its INN is as unknown as an INN nobody registered, so the
 * import answers the same (the row creates an organisation) and never says that another
 * centre's archived organisation exists.
 */
async function loadMatches(
  manager: EntityManager,
  rows: CheckedOrganizationRow[],
  principal: Principal,
): Promise<Matches> {
  const inns = rows.flatMap(({ inn }) => (inn ? [inn] : []));
  const ogrns = rows.flatMap(({ ogrn }) => (ogrn ? [ogrn] : []));
  const found = await manager.find(Organization, {
    where: [{ inn: In(inns) }, { ogrn: In(ogrns) }],
  });
  const records = found.filter((record) => visibleById(record, principal));
  const consents = records.length
    ? await manager.findBy(OrganizationConsent, {
        centreId: principal.organizationId,
        organizationId: In(records.map(({ id }) => id)),
      })
    : [];
  return new Matches(records, new Set(consents.map(({ organizationId }) => organizationId)));
}

/** The empty identifier, focus and address columns of `record` that the row can fill. */
function fillable(record: Organization, row: CheckedOrganizationRow): Partial<Organization> {
  const fill: Partial<Organization> = {};
  if (!record.inn && row.inn) fill.inn = row.inn;
  if (!record.ogrn && row.ogrn) fill.ogrn = row.ogrn;
  if (record.focusAreas.length === 0 && row.columns.focusAreas?.length)
    fill.focusAreas = row.columns.focusAreas;
  if (!record.description && row.columns.description) fill.description = row.columns.description;
  return fill;
}

/**
 * Refuses a match that is archived (only its owner or the coordinator gets here: see
 * loadMatches) or whose stored identifiers contradict the row.
 */
function assertSameOrganization(record: Organization, row: CheckedOrganizationRow): void {
  if (record.archivedAt !== null)
    throw badUserInput("inn", row.inn ?? row.ogrn, `Organization ${record.id} is archived.`);
  if (record.inn && row.inn && record.inn !== row.inn)
    throw badUserInput(
      "inn",
      row.inn,
      `Organization ${record.id}, found by its OGRN, has INN ${record.inn}.`,
    );
  if (record.ogrn && row.ogrn && record.ogrn !== row.ogrn)
    throw badUserInput(
      "ogrn",
      row.ogrn,
      `Organization ${record.id}, found by its INN, has OGRN ${record.ogrn}.`,
    );
}

/**
 * What one checked row does. An organisation found by INN or OGRN is used as it is: the caller
 * may only fill its empty columns, and only when it owns the record, so an import never
 * overwrites a centre's edits and a rerun finds nothing left to fill. Another centre's
 * organisation may be named only with its consent (the rule of honest links), else FORBIDDEN.
 */
function resolveRow(
  row: CheckedOrganizationRow,
  matches: Matches,
  principal: Principal,
): { record: Organization; outcome: ImportOutcomeKind } {
  const byInn = row.inn ? matches.byInn.get(row.inn) : undefined;
  const byOgrn = row.ogrn ? matches.byOgrn.get(row.ogrn) : undefined;
  if (byInn && byOgrn && byInn.id !== byOgrn.id)
    throw badUserInput(
      "ogrn",
      row.ogrn,
      `The INN names ${byInn.id} and the OGRN names ${byOgrn.id}.`,
    );
  const found = byInn ?? byOgrn;
  if (!found)
    return { record: createRecord(row, matches, principal), outcome: ImportOutcomeKind.CREATED };
  assertSameOrganization(found, row);
  if (matches.created.has(found.id)) return { record: found, outcome: ImportOutcomeKind.UNCHANGED };
  if (canChange(principal, found.ownerId)) return fillRecord(found, row, matches);
  // Named, not changed: the rule of honest links, as createAward applies it.
  const facts = {
    ...found,
    consentedCentreIds: matches.consented.has(found.id) ? [principal.organizationId] : [],
  };
  if (mayName(principal, facts)) return { record: found, outcome: ImportOutcomeKind.UNCHANGED };
  throw cannotName(byInn ? "inn" : "ogrn", byInn ? row.inn : row.ogrn, principal, found);
}

function createRecord(row: CheckedOrganizationRow, matches: Matches, principal: Principal) {
  const record = Object.assign(
    new Organization(),
    ORGANIZATION_DEFAULTS,
    definedOnly(row.columns),
    {
      id: newId("org", ""),
      ...stampForCreate(principal),
    },
  );
  record.searchText = organizationSearchText(record);
  matches.add(record);
  matches.created.set(record.id, record);
  return record;
}

function fillRecord(record: Organization, row: CheckedOrganizationRow, matches: Matches) {
  const fill = fillable(record, row);
  if (Object.keys(fill).length === 0) return { record, outcome: ImportOutcomeKind.UNCHANGED };
  Object.assign(record, fill);
  matches.add(record);
  matches.updated.set(record.id, {
    record,
    fill: { ...matches.updated.get(record.id)?.fill, ...fill },
  });
  return { record, outcome: ImportOutcomeKind.UPDATED };
}

/** Writes the batch's new records in multi-row INSERTs and its filled columns record by record. */
async function writeMatches(manager: EntityManager, matches: Matches, principal: Principal) {
  const created = [...matches.created.values()];
  for (let start = 0; start < created.length; start += INSERT_CHUNK)
    await manager.insert(Organization, created.slice(start, start + INSERT_CHUNK));
  for (const [id, { record, fill }] of matches.updated) {
    await manager.update(Organization, id, {
      ...fill,
      searchText: organizationSearchText(record),
      ...updatedStamp(principal.organizationId),
    });
  }
}

/**
 * Imports one batch of register rows inside the caller's transaction: each row is checked as
 * createOrganization checks its input, matched by INN or OGRN, and either created (owned by the
 * caller, in the caller's region), filled in, used as it is, or rejected. Writes only the rows
 * that pass; the rejected ones come back with the API's error for them.
 */
export async function importOrganizationRows(
  manager: EntityManager,
  rows: OrganizationImportRow[],
  principal: Principal,
): Promise<OrganizationImportResult> {
  // Two imports naming the same new INN must not both create it (PostgreSQL; SQLite takes turns).
  await lockKey(manager, "organization.import");
  const centre = await manager.findOneBy(Organization, { id: principal.organizationId });
  const regionCode = centre?.regionCode ?? null;
  const rejections: ImportRejection[] = [];
  const checked: CheckedOrganizationRow[] = [];
  for (const row of rows) {
    const result = await checkOrganizationRow(manager, row, regionCode, principal);
    if ("code" in result) rejections.push(result);
    else checked.push(result);
  }
  const matches = await loadMatches(manager, checked, principal);
  const organizations: ImportedOrganization[] = [];
  const warnings: ImportWarning[] = [];
  for (const row of checked) {
    try {
      const { record, outcome } = resolveRow(row, matches, principal);
      organizations.push(
        Object.assign(new ImportedOrganization(), {
          row: row.row,
          organizationId: record.id,
          outcome,
        }),
      );
      if (row.warning) warnings.push(row.warning);
    } catch (error) {
      const field = argumentNameOf(error) ?? (row.inn ? "inn" : "ogrn");
      rejections.push(
        rejectionOf(row.row, field, field === "ogrn" ? row.ogrn : (row.inn ?? row.ogrn), error),
      );
    }
  }
  await writeMatches(manager, matches, principal);
  return Object.assign(new OrganizationImportResult(), {
    organizations,
    rejections,
    warnings,
    regionCode,
  });
}
