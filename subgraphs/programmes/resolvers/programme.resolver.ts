import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { ProgrammesContext } from "../context";
import type { Award } from "../entities/award.entity";
import { Money, moneyOf } from "../entities/money";
import { SupportProgramme } from "../entities/support-programme.entity";
import { Organization } from "../external/organization";
import { Region } from "../external/region";
import { AWARDS, PROGRAMMES } from "../queries";
import { AwardConnection, SupportProgrammeConnection } from "./connections";
import { ProgrammeFilter } from "./types/programme-filter.input";
import { visibleById } from "../../shared/owned-record";

@Resolver(() => SupportProgramme)
export class ProgrammeResolver {
  @Query(() => SupportProgrammeConnection, {
    nullable: true,
    description: "Programmes by title, filtered and paged.",
  })
  programmes(
    @Arg("filter", () => ProgrammeFilter, { nullable: true }) filter: ProgrammeFilter | null,
    @Args() page: PageArgs,
    @Ctx() { dataSource }: ProgrammesContext,
  ): Promise<ConnectionShape<SupportProgramme>> {
    return PROGRAMMES.page(dataSource, filter, PROGRAMMES.readPage(page));
  }

  @Query(() => SupportProgramme, {
    nullable: true,
    description: "A programme by id; null when unknown.",
  })
  async programme(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders, principal }: ProgrammesContext,
  ) {
    return visibleById(await loaders.programmeById.load(id), principal);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Who runs the programme." })
  operator(@Root() programme: SupportProgramme): Organization | null {
    return programme.operatorId ? { id: programme.operatorId } : null;
  }

  @FieldResolver(() => [ID], {
    description:
      "The partners' ids, in the order given; `partners` resolves them in the organizations subgraph.",
  })
  partnerIds(
    @Root() programme: SupportProgramme,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<string[]> {
    return loaders.partnerIdsByProgrammeId.load(programme.id);
  }

  @FieldResolver(() => [Region], { description: "Regions the programme operates in." })
  async regions(
    @Root() programme: SupportProgramme,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<Region[]> {
    return (await loaders.regionCodesByProgrammeId.load(programme.id)).map((code) => ({ code }));
  }

  @FieldResolver(() => Money, { nullable: true })
  budget(@Root() programme: SupportProgramme): Money | null {
    return moneyOf(programme.budgetAmount, programme.budgetCurrency, programme.budgetQualifier);
  }

  @FieldResolver(() => AwardConnection)
  awards(
    @Root() programme: SupportProgramme,
    @Args() page: PageArgs,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<ConnectionShape<Award>> {
    return loaders.awards.pageOf("programme", programme.id, null, AWARDS.readPage(page));
  }
}
