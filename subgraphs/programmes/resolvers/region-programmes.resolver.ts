import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { sumDecimals } from "../../shared/decimal";
import { ValueQualifier } from "../../shared/figure";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { ProgrammesContext } from "../context";
import { Money } from "../entities/money";
import type { SupportProgramme } from "../entities/support-programme.entity";
import { Region } from "../external/region";
import type { RegionBudget } from "../loaders";
import { SupportProgrammeConnection } from "./connections";
import { ProgrammeFilter } from "./types/programme-filter.input";

/** A sum is as exact as its parts: none is an exact zero, all alike keep their qualifier, mixed ones are ABOUT. */
function qualifierOfSum(budgets: RegionBudget[]): ValueQualifier {
  const qualifiers = new Set(budgets.map((budget) => budget.qualifier ?? ValueQualifier.EXACT));
  if (qualifiers.size === 0) return ValueQualifier.EXACT;
  return qualifiers.size === 1 ? [...qualifiers][0] : ValueQualifier.ABOUT;
}

/** The fields this subgraph adds to Region. */
@Resolver(() => Region)
export class RegionProgrammesResolver {
  @FieldResolver(() => SupportProgrammeConnection, {
    nullable: true,
    description: "Programmes operating in the region.",
  })
  programmes(
    @Root() region: Region,
    @Arg("filter", () => ProgrammeFilter, { nullable: true }) filter: ProgrammeFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<ConnectionShape<SupportProgramme>> {
    return loaders.programmePageByRegion.load({
      parent: region.code,
      args: { filter, first, after },
    });
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "Sum of the RUB budgets of the programmes operating in the region (a programme in several regions counts in each).",
  })
  async fundingTotal(
    @Root() region: Region,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<Money> {
    const budgets = (await loaders.budgetsByRegion.load(region.code)).filter(
      (b) => b.currency === "RUB",
    );
    return {
      amount: sumDecimals(budgets.map((budget) => budget.amount)),
      currency: "RUB",
      qualifier: qualifierOfSum(budgets),
    };
  }
}
