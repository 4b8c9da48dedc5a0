import { language, locale, t } from "./i18n";

export type Qualifier = "EXACT" | "MORE_THAN" | "ABOUT" | "ALMOST";

export interface Money {
  amount: string;
  currency: string;
  qualifier: Qualifier;
}

const QUALIFIERS: Record<Qualifier, { ru: string; en: string }> = {
  EXACT: { ru: "", en: "" },
  MORE_THAN: { ru: "более", en: "more than" },
  ABOUT: { ru: "около", en: "about" },
  ALMOST: { ru: "почти", en: "almost" },
};

/** The source's own word for a figure: «более», «около», «почти», or nothing when exact. */
export function qualifierWord(qualifier: Qualifier): string {
  return QUALIFIERS[qualifier]?.[language()] ?? "";
}

/**
 * A decimal string with grouped thousands, exactly as given (no float on the way): kopecks are
 * shown only when there are any.
 */
export function formatDecimal(value: string): string {
  const [whole, fraction = ""] = value.split(".");
  const separator = language() === "en" ? "," : "\u00a0";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const cents = fraction.replace(/0+$/, "");
  return cents ? `${grouped}${language() === "en" ? "." : ","}${cents}` : grouped;
}

const CURRENCY_SIGNS: Record<string, string> = { RUB: "₽" };

/** An amount with its qualifier and currency; unknown (null) stays unknown, never zero. */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return t("unknown");
  const word = qualifierWord(money.qualifier);
  const amount = `${formatDecimal(money.amount)} ${CURRENCY_SIGNS[money.currency] ?? money.currency}`;
  return word ? `${word} ${amount}` : amount;
}

/** A figure: «более 36 000 contracts». */
export function formatFigure(figure: { value: string; unit: string; qualifier: Qualifier }) {
  const word = qualifierWord(figure.qualifier);
  return `${word ? `${word} ` : ""}${formatDecimal(figure.value)} ${figure.unit}`;
}

/** A count that may be missing (its subgraph did not answer). */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? t("noData") : String(value);
}

export type DatePrecision = "DAY" | "MONTH" | "YEAR";

function dateFormat(timeZone: string, precision: DatePrecision): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { timeZone, year: "numeric" };
  if (precision !== "YEAR") options.month = "long";
  if (precision === "DAY") options.day = "numeric";
  return new Intl.DateTimeFormat(locale(), options);
}

/**
 * When an event takes place, in the given time zone (the region's): «16–17 ноября 2021 г.».
 * Only as much of the date as the source states is shown.
 */
export function formatEventDates(
  startsAt: string,
  endsAt: string | null | undefined,
  timeZone: string,
  precision: DatePrecision = "DAY",
): string {
  const format = dateFormat(timeZone, precision);
  const start = new Date(startsAt);
  // Intl writes a year alone as «2016»; Russian dates it «2016 г.», as it does «март 2025 г.».
  if (precision === "YEAR") return `${format.format(start)}${language() === "ru" ? " г." : ""}`;
  if (!endsAt || precision !== "DAY") return format.format(start);
  return format.formatRange(start, new Date(endsAt));
}

/** The year and month (`2021-11`) an instant falls in, in a time zone. */
export function monthKey(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}`;
}

/** Russian labels of the enum values the views show; others are shown as words. */
const RU_LABELS: Record<string, string> = {
  INTERREGIONAL: "межрегиональный",
  REGIONAL: "региональный",
  MUNICIPAL: "муниципальный",
  NGO: "НКО",
  RESOURCE_CENTRE: "ресурсный центр",
  FOUNDATION: "фонд",
  ASSOCIATION: "ассоциация",
  GOVERNMENT_BODY: "орган власти",
  LEGISLATURE: "законодательный орган",
  AGENCY: "агентство",
  BUSINESS: "бизнес",
  BUSINESS_SUPPORT_CENTRE: "центр поддержки предпринимательства",
  POLITICAL_PARTY: "партия",
  OTHER: "другое",
};

/** An enum value as a readable label: `RESOURCE_CENTRE` -> «ресурсный центр» / `resource centre`. */
export function enumLabel(value: string | null | undefined): string {
  if (!value) return "";
  if (language() === "ru" && RU_LABELS[value]) return RU_LABELS[value];
  return value.toLowerCase().replace(/_/g, " ");
}

/**
 * An instant as the wall clock of a time zone reads it, written as if it were UTC: 16 Nov 2021
 * 00:00 in Tyumen becomes 2021-11-16T00:00Z. Charts drawn in UTC (`useUTC`) from such values
 * put their ticks on the zone's midnights and month starts, whatever the browser's own zone.
 */
export function wallClock(instant: string | number | Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((each) => each.type === type)?.value ?? 0);
  return Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
}
