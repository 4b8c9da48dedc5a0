import type { Principal } from "../../shared/auth/principal";
import { visibleByReference } from "../../shared/owned-record";
import { buildSearchText } from "../../shared/search";
import type { Organization } from "./organization.entity";

/**
 * What a new Organization row holds in the columns its input or seed row leaves out; seed rows and
 * created records start from the same values.
 */
export const ORGANIZATION_DEFAULTS: Partial<Organization> = {
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
};

/** The folded search text of an organisation after changes. */
export function organizationSearchText(record: Organization): string {
  return buildSearchText(record.name, record.nameEn, record.description, record.focusAreas);
}

/** What an archived organisation shows to those who may not read it: who it was, no more. */
const ORGANIZATION_IDENTITY = ["name", "nameEn", "kind", "socialOriented", "regionCode"] as const;

/**
 * An organisation as another record's link shows it: whole, or, when archived and the caller may
 * not read it, its identity only (see visibleByReference).
 */
export function linkedOrganization(
  record: Organization | null,
  principal: Principal | null,
): Organization | null {
  return visibleByReference(record, principal, ORGANIZATION_IDENTITY);
}
