import { sumDecimals } from "../decimal";
import type { Money, Qualifier } from "../format";

/**
 * A district's funding: the sum of its regions' `fundingTotal`, exact (decimal strings, not
 * floats), with the rule the graph uses for Region.fundingTotal: the totals' own qualifier when
 * they agree, «около» when they differ, and unknown (null) when no region states any, never
 * zero. A programme operating in several regions counts in each, as it does in each region's
 * total. Summing the programmes themselves would count it once, but at national scale a district
 * has thousands of programmes and one page of 100 is not the district's funding; the graph has
 * no per-district total, so the regions' totals are the only exact figure one query can get.
 * Null when the programmes subgraph gave no answer (`answered` false).
 */
export function districtFunding(
  totals: (Money | null | undefined)[],
  answered: boolean,
): { money: Money | null } | null {
  if (!answered) return null;
  const budgets = totals.filter(
    (total): total is Money => total !== null && total !== undefined && total.currency === "RUB",
  );
  if (budgets.length === 0) return { money: null };
  const qualifiers = new Set(budgets.map((budget) => budget.qualifier));
  const qualifier: Qualifier = qualifiers.size === 1 ? budgets[0].qualifier : "ABOUT";
  const amount = sumDecimals(budgets.map((budget) => budget.amount));
  return { money: { amount, currency: "RUB", qualifier } };
}
