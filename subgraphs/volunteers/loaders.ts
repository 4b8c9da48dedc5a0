import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { createListReader, type ListReader } from "../shared/list-reader";
import { loaderGroupedByKey } from "../shared/loaders";
import { VolunteerGroup } from "./entities/volunteer-group.entity";
import { VOLUNTEER_GROUPS } from "./queries";
import type { VolunteerGroupFilter } from "./resolvers/types/volunteer-group-filter.input";

export interface VolunteersLoaders {
  groupsByOrganizationId: DataLoader<string, VolunteerGroup[]>;
  /** Volunteer groups by region: `Region.volunteerCount`. */
  volunteerGroups: ListReader<VolunteerGroup, VolunteerGroupFilter, "region">;
}

/** Fresh loaders for one request. */
export function createVolunteersLoaders(dataSource: DataSource): VolunteersLoaders {
  const groups = dataSource.getRepository(VolunteerGroup);
  return {
    groupsByOrganizationId: loaderGroupedByKey(groups, "organizationId", "name", { live: true }),
    volunteerGroups: createListReader(dataSource, VOLUNTEER_GROUPS),
  };
}
