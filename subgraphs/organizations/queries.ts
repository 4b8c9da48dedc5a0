import type { DataSource, SelectQueryBuilder } from "typeorm";
import { allowedRegionCodes, whereRegionIn, whereSearch } from "../shared/filters";
import type { SortKey } from "../shared/keyset";
import { Organization } from "./entities/organization.entity";
import type { OrganizationFilter } from "./resolvers/types/organization-filter.input";

export const ORGANIZATION_SORT: SortKey<Organization> = {
  alias: "organization",
  column: "name",
  valueOf: (organization) => organization.name,
};

/** Organisations matching a filter, as a query the caller pages or counts. */
export function organizationsQuery(
  dataSource: DataSource,
  filter: OrganizationFilter | null | undefined,
): SelectQueryBuilder<Organization> {
  const qb = dataSource
    .getRepository(Organization)
    .createQueryBuilder("organization")
    .where("organization.archivedAt IS NULL");
  whereRegionIn(qb, "organization.regionCode", allowedRegionCodes(filter));
  if (filter?.kinds?.length)
    qb.andWhere("organization.kind IN (:...kinds)", { kinds: filter.kinds });
  if (filter?.socialOriented != null) {
    qb.andWhere("organization.socialOriented = :socialOriented", {
      socialOriented: filter.socialOriented,
    });
  }
  return whereSearch(qb, "organization.searchText", filter?.search);
}
