import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { sumDecimals } from "../../shared/decimal";
import { ValueQualifier } from "../../shared/figure";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { ProgrammesContext } from "../context";
import { PROGRAMMES } from "../queries";
import { Money } from "../entities/money";
import type { SupportProgramme } from "../entities/support-programme.entity";
import { Region } from "../external/region";
import type { RegionBudget } from "../loaders";
import { SupportProgrammeConnection } from "./connections";
import { ProgrammeFilter } from "./types/programme-filter.input";

/** A sum is as exact as its parts: parts alike keep their qualifier, mixed ones make it ABOUT. */
function qualifierOfSum(budgets: RegionBudget[]): ValueQualifier {
  const qualifiers = new Set(budgets.map((budget) => budget.qualifier ?? ValueQualifier.EXACT));
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
    @Args() page: PageArgs,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<ConnectionShape<SupportProgramme>> {
    return loaders.programmes.pageOf("region", region.code, filter, PROGRAMMES.readPage(page));
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "Sum of the stated RUB budgets of the programmes operating in the region (a programme in several regions counts in each; one without a stated budget adds nothing). Null when no programme there states a budget: the funding is unknown, not zero.",
  })
  async fundingTotal(
    @Root() region: Region,
    @Ctx() { loaders }: ProgrammesContext,
  ): Promise<Money | null> {
    const budgets = (await loaders.budgetsByRegion.load(region.code)).filter(
      (b) => b.currency === "RUB",
    );
    // No stated budget is unknown funding; an exact zero would claim the region got nothing.
    if (budgets.length === 0) return null;
    return {
      amount: sumDecimals(budgets.map((budget) => budget.amount)),
      currency: "RUB",
      qualifier: qualifierOfSum(budgets),
    };
  }
}
