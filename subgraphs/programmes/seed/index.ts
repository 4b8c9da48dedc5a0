import type { DataSource } from "typeorm";
import { normalizeDecimal } from "../../shared/decimal";
import { insertMissing } from "../../shared/seed";
import { seedOwner, seedStamp } from "../../shared/seed-owners";
import { Award } from "../entities/award.entity";
import { ProgrammePartner } from "../entities/programme-partner.entity";
import { ProgrammeRegion } from "../entities/programme-region.entity";
import { PROGRAMME_DEFAULTS, programmeSearchText } from "../entities/support-programme.defaults";
import { SupportProgramme } from "../entities/support-programme.entity";
import { awards, programmes } from "./programmes.data";

/** The programme rows of the seed data, with budgets as columns and folded search text. */
export function programmeRows(): SupportProgramme[] {
  return programmes.map(({ partnerIds: _partners, regionCodes, budget, ...seed }) => {
    const row = Object.assign(new SupportProgramme(), PROGRAMME_DEFAULTS, seed, {
      ...seedStamp(seedOwner(regionCodes, seed.operatorId)),
      budgetAmount: budget ? normalizeDecimal(budget.amount) : null,
      budgetCurrency: budget?.currency ?? null,
      budgetQualifier: budget?.qualifier ?? null,
    });
    return Object.assign(row, { searchText: programmeSearchText(row) });
  });
}

/** Loads the programmes the source articles name, with partners, regions and awards. */
export async function seedProgrammes(dataSource: DataSource): Promise<Record<string, number>> {
  const rows = programmeRows();
  const ownerOf = new Map(rows.map((row) => [row.id, row.ownerId]));
  return {
    programmes: await insertMissing(dataSource, SupportProgramme, rows),
    partners: await insertMissing(
      dataSource,
      ProgrammePartner,
      programmes.flatMap((p) =>
        p.partnerIds.map((organizationId, position) => ({
          programmeId: p.id,
          organizationId,
          position,
        })),
      ),
    ),
    regions: await insertMissing(
      dataSource,
      ProgrammeRegion,
      programmes.flatMap((p) =>
        p.regionCodes.map((regionCode, position) => ({ programmeId: p.id, regionCode, position })),
      ),
    ),
    awards: await insertMissing(
      dataSource,
      Award,
      awards.map(({ amount, ...award }) => ({
        awardedOn: null,
        ...award,
        amount: amount ? normalizeDecimal(amount.amount) : null,
        currency: amount?.currency ?? null,
        qualifier: amount?.qualifier ?? null,
        // An award belongs to the owner of its programme.
        ...seedStamp(ownerOf.get(award.programmeId) ?? seedOwner([])),
      })),
    ),
  };
}
