import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { groupByKeys } from "../shared/batch";
import type { ValueQualifier } from "../shared/figure";
import { fetchPagesByParent } from "../shared/keyset";
import {
  linkedIds,
  loaderByKey,
  loaderGroupedByKey,
  pagesByParentLoader,
  type PageKey,
} from "../shared/loaders";
import type { PageArgs } from "../shared/page.args";
import { readPageArgs, type ConnectionShape } from "../shared/pagination";
import { Award } from "./entities/award.entity";
import { ProgrammePartner } from "./entities/programme-partner.entity";
import { ProgrammeRegion } from "./entities/programme-region.entity";
import { SupportProgramme } from "./entities/support-programme.entity";
import { AWARD_SORT, PROGRAMME_SORT, programmesQuery } from "./queries";
import type { ProgrammeFilter } from "./resolvers/types/programme-filter.input";

export type ProgrammePageArgs = PageArgs & { filter?: ProgrammeFilter | null };

/** One programme budget counted towards a region's funding total. */
export interface RegionBudget {
  amount: string;
  currency: string;
  qualifier: ValueQualifier | null;
}

export interface ProgrammesLoaders {
  programmeById: DataLoader<string, SupportProgramme | null>;
  partnerIdsByProgrammeId: DataLoader<string, string[]>;
  regionCodesByProgrammeId: DataLoader<string, string[]>;
  programmesByOperatorId: DataLoader<string, SupportProgramme[]>;
  awardsByRecipientId: DataLoader<string, Award[]>;
  awardPageByProgramme: DataLoader<PageKey<PageArgs>, ConnectionShape<Award>, string>;
  programmePageByRegion: DataLoader<
    PageKey<ProgrammePageArgs>,
    ConnectionShape<SupportProgramme>,
    string
  >;
  budgetsByRegion: DataLoader<string, RegionBudget[]>;
}

/** Fresh loaders for one request. */
export function createProgrammesLoaders(dataSource: DataSource): ProgrammesLoaders {
  const programmes = dataSource.getRepository(SupportProgramme);
  const awards = dataSource.getRepository(Award);
  return {
    programmeById: loaderByKey(programmes, "id"),
    partnerIdsByProgrammeId: linkedIds(
      dataSource.getRepository(ProgrammePartner),
      "programmeId",
      "organizationId",
    ),
    regionCodesByProgrammeId: linkedIds(
      dataSource.getRepository(ProgrammeRegion),
      "programmeId",
      "regionCode",
    ),
    programmesByOperatorId: loaderGroupedByKey(programmes, "operatorId", "title", { live: true }),
    awardsByRecipientId: loaderGroupedByKey(awards, "recipientId", "id", { live: true }),
    awardPageByProgramme: pagesByParentLoader((ids, args: PageArgs) =>
      fetchPagesByParent(
        dataSource.manager,
        awards.createQueryBuilder("award").where("award.archivedAt IS NULL"),
        { expression: '"award"."programmeId"' },
        ids,
        AWARD_SORT,
        readPageArgs(args),
        (awardIds) => awards.findBy({ id: In(awardIds) }),
      ),
    ),
    programmePageByRegion: pagesByParentLoader((codes, args: ProgrammePageArgs) =>
      fetchPagesByParent(
        dataSource.manager,
        programmesQuery(dataSource, args.filter).innerJoin(
          ProgrammeRegion,
          "operating",
          "operating.programmeId = programme.id",
        ),
        { expression: '"operating"."regionCode"' },
        codes,
        PROGRAMME_SORT,
        readPageArgs(args),
        (ids) => programmes.findBy({ id: In(ids) }),
      ),
    ),
    budgetsByRegion: new DataLoader(async (codes) => {
      const rows = await dataSource
        .getRepository(ProgrammeRegion)
        .createQueryBuilder("operating")
        .innerJoin(SupportProgramme, "programme", "programme.id = operating.programmeId")
        .select("operating.regionCode", "regionCode")
        .addSelect("programme.budgetAmount", "amount")
        .addSelect("programme.budgetCurrency", "currency")
        .addSelect("programme.budgetQualifier", "qualifier")
        .where("operating.regionCode IN (:...codes)", { codes: [...codes] })
        .andWhere("programme.archivedAt IS NULL")
        .andWhere("programme.budgetAmount IS NOT NULL")
        .getRawMany<RegionBudget & { regionCode: string }>();
      return groupByKeys(codes, rows, (row) => row.regionCode);
    }),
  };
}
