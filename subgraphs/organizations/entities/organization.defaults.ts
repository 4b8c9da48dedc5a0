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
