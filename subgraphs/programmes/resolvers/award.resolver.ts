import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ProgrammesContext } from "../context";
import { Award } from "../entities/award.entity";
import { Money, moneyOf } from "../entities/money";
import { SupportProgramme } from "../entities/support-programme.entity";
import { Organization } from "../external/organization";

@Resolver(() => Award)
export class AwardResolver {
  @FieldResolver(() => SupportProgramme)
  async programme(
    @Root() award: Award,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<SupportProgramme> {
    const programme = await loaders.programmeById.load(award.programmeId);
    if (!programme)
      throw new Error(`Award ${award.id} names unknown programme ${award.programmeId}`);
    return programme;
  }

  @FieldResolver(() => Organization)
  recipient(@Root() award: Award): Organization {
    return { id: award.recipientId };
  }

  @FieldResolver(() => Money, { nullable: true })
  amount(@Root() award: Award): Money | null {
    return moneyOf(award.amount, award.currency, award.qualifier);
  }
}
