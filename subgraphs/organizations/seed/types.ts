import type { FigureRow } from "../../shared/figure";
import type { LegalForm, OrganizationKind, ResourceCentreLevel } from "../entities/enums";

export interface OrganizationSeed {
  /** Stable readable id, `org-...`. */
  id: string;
  /** Public name as the source gives it. */
  name: string;
  nameEn?: string;
  kind: OrganizationKind;
  legalForm?: LegalForm;
  inn?: string;
  ogrn?: string;
  socialOriented: boolean;
  /** ISO 3166-2 code of the seat, where the source states or plainly implies it. */
  regionCode?: string;
  municipalityId?: string;
  level?: ResourceCentreLevel;
  parentCentreId?: string;
  focusAreas: string[];
  website?: string;
  description?: string;
  figures?: FigureRow[];
  sources: string[];
}

export interface NetworkSeed {
  id: string;
  name: string;
  nameEn?: string;
  description?: string;
  memberIds: string[];
  sources: string[];
}

export interface PersonSeed {
  /** Stable readable id, `person-...`. */
  id: string;
  name: string;
  /** The role the source gives the person, in Russian. */
  position: string;
  organizationId?: string;
  /** Personal contact data: only ever returned to authenticated principals. */
  phone?: string;
  email?: string;
  sources: string[];
}
