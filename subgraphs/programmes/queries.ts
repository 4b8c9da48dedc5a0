import { allowedRegionCodes, whereSearch } from "../shared/filters";
import { defineList } from "../shared/list";
import { Award } from "./entities/award.entity";
import { ProgrammeRegion } from "./entities/programme-region.entity";
import { SupportProgramme } from "./entities/support-programme.entity";
import type { ProgrammeFilter } from "./resolvers/types/programme-filter.input";

/**
 * Programmes by title: the root `programmes` and `Region.programmes` (through the regions a
 * programme operates in).
 */
export const PROGRAMMES = defineList<SupportProgramme, ProgrammeFilter, "region">({
  entity: SupportProgramme,
  alias: "programme",
  sort: { property: "title", type: "string" },
  rank: { title: "title", rest: ["focusAreas", "description"] },
  where: (qb, filter, purpose) => {
    const allowed = allowedRegionCodes(filter);
    if (allowed?.length === 0) qb.andWhere("1 = 0");
    else if (allowed) {
      const inRegions = qb
        .subQuery()
        .select("inRegion.programmeId")
        .from(ProgrammeRegion, "inRegion")
        .where("inRegion.regionCode IN (:...allowedRegions)")
        .getQuery();
      qb.andWhere(`programme.id IN ${inRegions}`, { allowedRegions: allowed });
    }
    if (filter.kinds?.length) qb.andWhere("programme.kind IN (:...kinds)", { kinds: filter.kinds });
    if (filter.operatorId)
      qb.andWhere("programme.operatorId = :operatorId", { operatorId: filter.operatorId });
    whereSearch(qb, "programme.searchText", filter.search, purpose);
  },
  parents: {
    region: {
      through: ProgrammeRegion,
      alias: "operating",
      link: "programmeId",
      property: "regionCode",
    },
  },
});

/** A programme's awards, in id order: `SupportProgramme.awards`. */
export const AWARDS = defineList<Award, Record<string, never>, "programme">({
  entity: Award,
  alias: "award",
  sort: { property: "id", type: "string" },
  where: () => {},
  parents: { programme: { property: "programmeId" } },
});
