import { buildSearchText } from "../../shared/search";
import { ProgrammeStatus } from "./enums";
import type { SupportProgramme } from "./support-programme.entity";

/**
 * What a new SupportProgramme row holds in the columns its input or seed row leaves out; seed rows and
 * created records start from the same values.
 */
export const PROGRAMME_DEFAULTS: Partial<SupportProgramme> = {
  status: ProgrammeStatus.ACTIVE,
  supportTypes: [],
  operatorId: null,
  startsOn: null,
  endsOn: null,
  periodNote: null,
  budgetAmount: null,
  budgetCurrency: null,
  budgetQualifier: null,
  outcomes: [],
  socialContractDirections: [],
  focusAreas: [],
  description: null,
  sources: [],
};

/** The folded search text of a programme after changes. */
export function programmeSearchText(programme: SupportProgramme): string {
  return buildSearchText(programme.title, programme.focusAreas, programme.description);
}
