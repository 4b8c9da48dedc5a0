import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { countByKeyLoader, loaderGroupedByKey } from "../shared/loaders";
import { VolunteerGroup } from "./entities/volunteer-group.entity";

export interface VolunteersLoaders {
  groupsByOrganizationId: DataLoader<string, VolunteerGroup[]>;
  volunteerCountByRegion: DataLoader<string, number>;
}

/** Fresh loaders for one request. */
export function createVolunteersLoaders(dataSource: DataSource): VolunteersLoaders {
  const groups = dataSource.getRepository(VolunteerGroup);
  return {
    groupsByOrganizationId: loaderGroupedByKey(groups, "organizationId", "name", { live: true }),
    volunteerCountByRegion: countByKeyLoader((codes) =>
      groups
        .createQueryBuilder("vg")
        .select("vg.regionCode", "key")
        .addSelect("SUM(vg.volunteerCount)", "total")
        .where("vg.regionCode IN (:...codes)", { codes })
        .andWhere("vg.archivedAt IS NULL")
        .groupBy("vg.regionCode")
        .getRawMany(),
    ),
  };
}
