import { allowedRegionCodes, whereRegionIn, whereSearch } from "../shared/filters";
import { defineList } from "../shared/list";
import { Organization } from "./entities/organization.entity";
import type { OrganizationFilter } from "./resolvers/types/organization-filter.input";

/** Organisations by name: the root `organizations` and `Region.organizations`, with their counts. */
export const ORGANIZATIONS = defineList<Organization, OrganizationFilter, "region">({
  entity: Organization,
  alias: "organization",
  sort: { property: "name", type: "string" },
  rank: { title: "name", rest: ["nameEn", "description", "focusAreas"] },
  where: (qb, filter, purpose) => {
    whereRegionIn(qb, "organization.regionCode", allowedRegionCodes(filter));
    if (filter.kinds?.length)
      qb.andWhere("organization.kind IN (:...kinds)", { kinds: filter.kinds });
    if (filter.socialOriented != null) {
      qb.andWhere("organization.socialOriented = :socialOriented", {
        socialOriented: filter.socialOriented,
      });
    }
    whereSearch(qb, "organization.searchText", filter.search, purpose);
  },
  parents: { region: { property: "regionCode" } },
});
