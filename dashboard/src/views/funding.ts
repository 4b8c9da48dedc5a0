import { sumDecimals } from "../decimal";
import type { Money, Qualifier } from "../format";

/** A page of a district's programmes with their budgets (the country query's fragment). */
export interface FundingPage {
  totalCount: number;
  edges: { node: { id: string; budget: Money | null } }[];
}

/**
 * The stated RUB budgets of a district's programmes, summed exactly, with the rule the graph
 * uses for Region.fundingTotal: the budgets' own qualifier when they agree, «около» when they
 * differ, and unknown (null) when no programme states a budget, never zero. `truncated` says
 * the district has more programmes than the page read. Null when the programmes subgraph gave
 * no answer at all.
 */
export function districtFunding(
  page: FundingPage | null | undefined,
): { money: Money | null; truncated: boolean } | null {
  if (!page) return null;
  const budgets = page.edges
    .map((edge) => edge.node.budget)
    .filter((budget): budget is Money => budget !== null && budget.currency === "RUB");
  const truncated = page.totalCount > page.edges.length;
  if (budgets.length === 0) return { money: null, truncated };
  const qualifiers = new Set(budgets.map((budget) => budget.qualifier));
  const qualifier: Qualifier = qualifiers.size === 1 ? budgets[0].qualifier : "ABOUT";
  const amount = sumDecimals(budgets.map((budget) => budget.amount));
  return { money: { amount, currency: "RUB", qualifier }, truncated };
}
