import * as check from "../../shared/validation";
import type { VolunteerGroup } from "../entities/volunteer-group.entity";
import type {
  CreateVolunteerGroupInput,
  UpdateVolunteerGroupInput,
} from "./types/volunteer-group.input";

export type VolunteerGroupInput = CreateVolunteerGroupInput | UpdateVolunteerGroupInput;

/**
 * Validates a volunteer group input and returns the column changes it makes (undefined for
 * fields it leaves alone). Single-field bounds were checked on the input type already.
 */
export function volunteerGroupChanges(input: VolunteerGroupInput): Partial<VolunteerGroup> {
  const created = "organizationId" in input ? input : null;
  return {
    name: check.notCleared("input.name", check.optionalText("input.name", input.name)),
    volunteerCount: check.notCleared("input.volunteerCount", input.volunteerCount),
    activities: check.textList("input.activities", input.activities),
    organizationId: created?.organizationId,
    regionCode: created?.regionCode,
  };
}
