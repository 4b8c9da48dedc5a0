import type { FigureRow } from "../../shared/figure";
import { badUserInput } from "../../shared/errors";
import { normalizeDecimal } from "../../shared/decimal";
import * as check from "../../shared/validation";
import { ProgrammeKind } from "../entities/enums";
import type { SupportProgramme } from "../entities/support-programme.entity";
import type { CreateProgrammeInput, UpdateProgrammeInput } from "./types/programme.input";
import type { MoneyInput, OutcomeInput } from "./types/money.input";

/**
 * Money as the three columns it is stored in; null clears them, undefined leaves them. The
 * amount's form and bound and the currency were checked on the input type.
 */
export function moneyColumns(money: MoneyInput | null | undefined) {
  if (money === undefined) return { amount: undefined, currency: undefined, qualifier: undefined };
  if (money === null) return { amount: null, currency: null, qualifier: null };
  return {
    amount: normalizeDecimal(money.amount),
    currency: money.currency,
    qualifier: money.qualifier,
  };
}

function outcomeRows(outcomes: OutcomeInput[]): FigureRow[] {
  return outcomes.map((outcome, index) => {
    const field = `input.outcomes[${index}]`;
    if (outcome.value.startsWith("-"))
      throw badUserInput(`${field}.value`, outcome.value, "It must not be negative.");
    return {
      indicator: check.text(`${field}.indicator`, outcome.indicator),
      value: normalizeDecimal(outcome.value),
      unit: check.text(`${field}.unit`, outcome.unit),
      qualifier: outcome.qualifier,
      asOf: outcome.asOf ?? null,
      source: null,
    };
  });
}

/**
 * Validates a programme input and returns the column changes it makes (undefined for fields
 * it leaves alone). `current` is the programme being changed (locked, inside the write's
 * transaction), if any. Single-field bounds were checked on the input type already.
 */
export function programmeChanges(
  input: CreateProgrammeInput | UpdateProgrammeInput,
  current: SupportProgramme | null,
): Partial<SupportProgramme> {
  check.inOrder(
    "input.startsOn",
    input.startsOn === undefined ? current?.startsOn : input.startsOn,
    "input.endsOn",
    input.endsOn === undefined ? current?.endsOn : input.endsOn,
  );
  const kind = check.notCleared("input.kind", input.kind) ?? current?.kind;
  const directions = input.socialContractDirections;
  const directionsAfter = directions === undefined ? current?.socialContractDirections : directions;
  if (directionsAfter?.length && kind !== ProgrammeKind.SOCIAL_CONTRACT) {
    throw badUserInput(
      "input.socialContractDirections",
      directionsAfter,
      "Only a SOCIAL_CONTRACT programme has directions.",
    );
  }
  const budget = moneyColumns(input.budget);
  if (input.regionCodes) check.regionCodes("input.regionCodes", input.regionCodes);
  return {
    title: check.notCleared("input.title", check.optionalText("input.title", input.title)),
    kind: check.notCleared("input.kind", input.kind),
    status: check.notCleared("input.status", input.status),
    supportTypes: input.supportTypes === null ? [] : input.supportTypes,
    operatorId: input.operatorId,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    budgetAmount: budget.amount,
    budgetCurrency: budget.currency,
    budgetQualifier: budget.qualifier,
    outcomes: input.outcomes === undefined ? undefined : outcomeRows(input.outcomes ?? []),
    socialContractDirections: directions === null ? [] : directions,
    focusAreas: check.textList("input.focusAreas", input.focusAreas),
    description: check.optionalText("input.description", input.description),
  };
}
