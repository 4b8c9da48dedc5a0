import { badUserInput } from "../../shared/errors";
import {
  argumentNameOf,
  firstConstraintError,
  rejectionOf,
  type ImportRejection,
} from "../../shared/import-report";
import { LIMITS } from "../../shared/input-constraints";
import * as check from "../../shared/validation";
import { ProgrammeKind, SupportType } from "../entities/enums";
import { CreateAwardInput } from "./types/award.input";
import { MoneyInput } from "./types/money.input";
import type { RegisterRowInput } from "./types/register-row.input";

/** A form of support (7-FZ art. 31.1 p. 3) as a programme is made for it. */
interface SupportForm {
  type: SupportType;
  kind: ProgrammeKind;
  label: string;
}

/** Forms of support by the start of their Russian name, as registers write them. */
const FORMS: [RegExp, SupportForm][] = [
  [
    /^финанс/,
    { type: SupportType.FINANCIAL, kind: ProgrammeKind.SUBSIDY, label: "Финансовая поддержка" },
  ],
  [
    /^имуществ/,
    { type: SupportType.PROPERTY, kind: ProgrammeKind.OTHER, label: "Имущественная поддержка" },
  ],
  [
    /^информац/,
    {
      type: SupportType.INFORMATIONAL,
      kind: ProgrammeKind.OTHER,
      label: "Информационная поддержка",
    },
  ],
  [
    /^консульт/,
    {
      type: SupportType.CONSULTING,
      kind: ProgrammeKind.CONSULTING,
      label: "Консультационная поддержка",
    },
  ],
  [
    /^методич/,
    {
      type: SupportType.METHODOLOGICAL,
      kind: ProgrammeKind.CONSULTING,
      label: "Методическая поддержка",
    },
  ],
  [
    /^(образоват|обучен|подготовк)/,
    {
      type: SupportType.EDUCATIONAL,
      kind: ProgrammeKind.TRAINING,
      label: "Образовательная поддержка",
    },
  ],
];

/** A row whose award cells passed their checks; its organisation is checked by organizations. */
export interface CheckedRegisterRow {
  input: RegisterRowInput;
  /** The award's idempotency key: `entry:<number>` or `inn:<INN or OGRN>:<decision date>`. */
  key: string;
  /** The programme's key, `<form>|<support body>`. */
  programmeKey: string;
  form: SupportForm;
  supportBody: string;
  amount: string | null;
  awardedOn: string;
  purpose: string;
}

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A register date, `01.03.2024` or `2024-03-01`, as YYYY-MM-DD; BAD_USER_INPUT otherwise. */
export function registerDate(field: string, value: string): string {
  const dotted = DOTTED.exec(value);
  const iso = dotted
    ? `${dotted[3]}-${dotted[2].padStart(2, "0")}-${dotted[1].padStart(2, "0")}`
    : ISO.test(value)
      ? value
      : null;
  if (!iso || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso)
    throw badUserInput(field, value, "Expected a date such as 01.03.2024 or 2024-03-01.");
  return iso;
}

const DATE_IN_TEXT = /\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}/;

/**
 * The decision's date: the cell's date, or, where the register prints the decision itself
 * («Основание для включения сведений в реестр»: «приказ Департамента от 01.02.2024 № 45-п»),
 * the first date in it.
 */
function decisionDateOf(value: string): string {
  const found = DATE_IN_TEXT.exec(value);
  return registerDate("decisionDate", found && found[0] !== value ? found[0] : value);
}

/** A period cell: two dates («01.02.2023 – 31.12.2023», «с … по …») in order, or free text. */
function checkPeriod(period: string | null): void {
  const dates = period?.match(/\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}/g) ?? [];
  if (dates.length !== 2) return;
  const [from, to] = dates.map((date) => registerDate("period", date));
  if (to < from)
    throw badUserInput("period", period, `It ends (${to}) before it starts (${from}).`);
}

/** An amount as registers print it («1 234 567,89 руб.») in the API's form, "1234567.89". */
function plainAmount(value: string | null): string | null {
  if (!value) return null;
  return value.replace(/[\s\u00a0]|руб\.?|₽/g, "").replace(",", ".");
}

const text = (value: string | null | undefined) => value?.trim() || null;

function formOf(value: string | null): SupportForm {
  const folded = (value ?? "").toLowerCase().replace(/ё/g, "е").trim();
  const form = FORMS.find(([pattern]) => pattern.test(folded))?.[1];
  if (!form)
    throw badUserInput(
      "supportForm",
      value,
      "Expected a form of support: финансовая, имущественная, информационная, консультационная, методическая or образовательная.",
    );
  return form;
}

/** The award's money, checked with the API's own constraints of CreateAwardInput.amount. */
async function checkAmount(value: string | null): Promise<string | null> {
  const amount = plainAmount(value);
  if (amount === null) return null;
  const money = Object.assign(new MoneyInput(), { amount, currency: "RUB" });
  const award = Object.assign(new CreateAwardInput(), { amount: money });
  const failure = await firstConstraintError(award, () => "amount");
  if (failure) throw failure.error;
  return amount;
}

/**
 * Checks the award cells of one row: dates (the decision first, then the entry into the
 * register; the period in order), the form of support, the support body, and the amount with
 * the API's money constraints (at most two decimal places, at most 10^11 roubles).
 */
async function checkRow(input: RegisterRowInput): Promise<CheckedRegisterRow> {
  if (!text(input.decisionDate))
    throw badUserInput(
      "decisionDate",
      input.decisionDate ?? null,
      "The decision date is required.",
    );
  const awardedOn = decisionDateOf(text(input.decisionDate)!);
  const entryDate = text(input.entryDate)
    ? registerDate("entryDate", text(input.entryDate)!)
    : null;
  check.inOrder("decisionDate", awardedOn, "entryDate", entryDate);
  const period = text(input.period);
  checkPeriod(period);
  const form = formOf(text(input.supportForm));
  const supportBody = check.text("supportBody", input.supportBody ?? "");
  if (supportBody.length > LIMITS.name)
    throw badUserInput("supportBody", supportBody, `It is longer than ${LIMITS.name} characters.`);
  const amount = await checkAmount(text(input.amount));
  const entry = text(input.entryNumber);
  if (entry && entry.length > LIMITS.id)
    throw badUserInput("entryNumber", entry, `It is longer than ${LIMITS.id} characters.`);
  const holder = text(input.inn) ?? text(input.ogrn) ?? "";
  return {
    input,
    key: entry ? `entry:${entry}` : `inn:${holder}:${awardedOn}`,
    programmeKey: `${form.type}|${supportBody}`,
    form,
    supportBody,
    amount,
    awardedOn,
    purpose: period ? `${form.label}; срок: ${period}`.slice(0, LIMITS.purpose) : form.label,
  };
}

function fieldOf(error: unknown): string | null {
  return argumentNameOf(error) ?? null;
}

/**
 * Checks the award cells of every row and refuses a row whose register entry (or INN and
 * decision date) an earlier row of the batch already has.
 */
export async function checkRegisterRows(
  rows: RegisterRowInput[],
): Promise<{ checked: CheckedRegisterRow[]; rejections: ImportRejection[] }> {
  const checked: CheckedRegisterRow[] = [];
  const rejections: ImportRejection[] = [];
  const seen = new Map<string, number>();
  for (const input of rows) {
    try {
      const row = await checkRow(input);
      const earlier = seen.get(row.key);
      if (earlier !== undefined) throw duplicateRow(input, earlier);
      seen.set(row.key, input.row);
      checked.push(row);
    } catch (error) {
      const field = fieldOf(error);
      const value = field ? (input as unknown as Record<string, unknown>)[field] : null;
      rejections.push(rejectionOf(input.row, field, value, error));
    }
  }
  return { checked, rejections };
}

/** The error of a row that repeats an earlier row's register entry. */
export function duplicateRow(input: RegisterRowInput, earlierRow: number) {
  return text(input.entryNumber)
    ? badUserInput(
        "entryNumber",
        input.entryNumber,
        `Row ${earlierRow} has the same register entry.`,
      )
    : badUserInput(
        "decisionDate",
        input.decisionDate,
        `Row ${earlierRow} has the same INN and decision date.`,
      );
}
