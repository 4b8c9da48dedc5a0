import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { groupByKeys } from "../shared/batch";
import type { ValueQualifier } from "../shared/figure";
import { createListReader, type ListReader } from "../shared/list-reader";
import { linkedIds, loaderByKey, loaderGroupedByKey } from "../shared/loaders";
import { Award } from "./entities/award.entity";
import { ProgrammePartner } from "./entities/programme-partner.entity";
import { ProgrammeRegion } from "./entities/programme-region.entity";
import { SupportProgramme } from "./entities/support-programme.entity";
import { AWARDS, PROGRAMMES } from "./queries";
import type { ProgrammeFilter } from "./resolvers/types/programme-filter.input";

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
  /** A programme's awards: `SupportProgramme.awards`. */
  awards: ListReader<Award, Record<string, never>, "programme">;
  /** Programmes by region: `Region.programmes`. */
  programmes: ListReader<SupportProgramme, ProgrammeFilter, "region">;
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
    awards: createListReader(dataSource, AWARDS),
    programmes: createListReader(dataSource, PROGRAMMES),
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
