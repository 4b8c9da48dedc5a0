import { allowedRegionCodes, whereRegionIn } from "../shared/filters";
import { defineList } from "../shared/list";
import { VolunteerGroup } from "./entities/volunteer-group.entity";
import type { VolunteerGroupFilter } from "./resolvers/types/volunteer-group-filter.input";

/**
 * Volunteer groups by name: the root `volunteerGroups`, and `Region.volunteerCount` (the sum of
 * the volunteers of a region's live groups).
 */
export const VOLUNTEER_GROUPS = defineList<VolunteerGroup, VolunteerGroupFilter, "region">({
  entity: VolunteerGroup,
  alias: "volunteerGroup",
  sort: { property: "name", type: "string" },
  where: (qb, filter) => {
    whereRegionIn(qb, "volunteerGroup.regionCode", allowedRegionCodes(filter));
    if (filter.organizationId) {
      qb.andWhere("volunteerGroup.organizationId = :organizationId", {
        organizationId: filter.organizationId,
      });
    }
  },
  parents: { region: { property: "regionCode" } },
});
