import type { DataSource, SelectQueryBuilder } from "typeorm";
import { allowedRegionCodes, whereSearch } from "../shared/filters";
import type { SortKey } from "../shared/keyset";
import type { Award } from "./entities/award.entity";
import { ProgrammeRegion } from "./entities/programme-region.entity";
import { SupportProgramme } from "./entities/support-programme.entity";
import type { ProgrammeFilter } from "./resolvers/types/programme-filter.input";

export const PROGRAMME_SORT: SortKey<SupportProgramme> = {
  alias: "programme",
  column: "title",
  valueOf: (programme) => programme.title,
};

/** Programmes matching a filter, as a query the caller pages or counts. */
export function programmesQuery(
  dataSource: DataSource,
  filter: ProgrammeFilter | null | undefined,
): SelectQueryBuilder<SupportProgramme> {
  const qb = dataSource
    .getRepository(SupportProgramme)
    .createQueryBuilder("programme")
    .where("programme.archivedAt IS NULL");
  const allowed = allowedRegionCodes(filter);
  if (allowed !== null) {
    if (allowed.length === 0) qb.andWhere("1 = 0");
    else {
      const inRegions = qb
        .subQuery()
        .select("inRegion.programmeId")
        .from(ProgrammeRegion, "inRegion")
        .where("inRegion.regionCode IN (:...allowedRegions)")
        .getQuery();
      qb.andWhere(`programme.id IN ${inRegions}`, { allowedRegions: allowed });
    }
  }
  if (filter?.kinds?.length) qb.andWhere("programme.kind IN (:...kinds)", { kinds: filter.kinds });
  if (filter?.operatorId)
    qb.andWhere("programme.operatorId = :operatorId", { operatorId: filter.operatorId });
  return whereSearch(qb, "programme.searchText", filter?.search);
}

export const AWARD_SORT: SortKey<Award> = {
  alias: "award",
  column: "id",
  valueOf: (award) => award.id,
};
