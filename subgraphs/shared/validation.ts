import { badUserInput } from "./errors";
import { isKnownRegionCode } from "./geography";
import { isIsoDateTime } from "./scalars";

/**
 * Input checks for writes that need more than one field, or the record being changed. Each
 * returns the clean value or throws BAD_USER_INPUT naming the field (`input.municipalityId`)
 * and the bad value. Bounds of single fields (lengths, counts, INN and OGRN check digits,
 * region codes, amounts) are declared on the input types instead (input-constraints.ts).
 */

/** Rejects `null` for a field that cannot be cleared; undefined (left out) passes. */
export function notCleared<T>(field: string, value: T | null | undefined): T | undefined {
  if (value === null) throw badUserInput(field, null, "It cannot be cleared.");
  return value;
}

/**
 * Trimmed, non-empty text. Lengths and counts are bounds of the input types, checked at the
 * resolver boundary (input-constraints.ts); what is left here needs the value itself.
 */
export function text(field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badUserInput(field, value, "It must not be empty.");
  return trimmed;
}

/** Like `text`, but null and undefined pass through (undefined means "leave as it is"). */
export function optionalText(field: string, value: string | null | undefined) {
  return value === null || value === undefined ? value : text(field, value);
}

/** Trimmed, non-empty texts; null clears the list (to []) and undefined leaves it. */
export function textList(field: string, values: string[] | null | undefined) {
  if (values === undefined) return undefined;
  return (values ?? []).map((value, index) => text(`${field}[${index}]`, value));
}

export function regionCode(field: string, value: string | null | undefined) {
  if (value === null || value === undefined) return value;
  if (!isKnownRegionCode(value))
    throw badUserInput(
      field,
      value,
      "Expected the ISO 3166-2:RU code of a federal subject, such as RU-TYU.",
    );
  return value;
}

export function regionCodes(field: string, values: string[]): string[] {
  values.forEach((value, index) => regionCode(`${field}[${index}]`, value));
  return [...new Set(values)];
}

/** A municipality id of the form `RU-MUR-monchegorsk`, inside `region` when one is given. */
export function municipalityId(
  field: string,
  value: string | null | undefined,
  region: string | null | undefined,
) {
  if (value === null || value === undefined) return value;
  const match = /^(RU-[A-Z]{2,3})-[a-z0-9-]{1,60}$/.exec(value);
  if (!match)
    throw badUserInput(field, value, "Expected a municipality id such as RU-MUR-monchegorsk.");
  if (region && match[1] !== region)
    throw badUserInput(field, value, `It does not lie in region ${region}.`);
  return value;
}

/** Where a record is: a region and, optionally, a municipality inside it. */
export interface Place {
  regionCode?: string | null;
  municipalityId?: string | null;
}

/**
 * The validated place changes of an input, checked against the record's place after the
 * change: moving a record to another region with its old municipality left behind is refused.
 */
export function placeChanges(input: Place, current: Place | null): Place {
  const regionCode = checkRegion("input.regionCode", input.regionCode);
  const region = regionCode === undefined ? current?.regionCode : regionCode;
  if (input.municipalityId !== undefined) {
    return {
      regionCode,
      municipalityId: municipalityId("input.municipalityId", input.municipalityId, region),
    };
  }
  if (
    regionCode !== undefined &&
    current?.municipalityId &&
    !current.municipalityId.startsWith(`${region}-`)
  ) {
    throw badUserInput(
      "input.regionCode",
      regionCode,
      `The municipality ${current.municipalityId} lies elsewhere: change or clear municipalityId too.`,
    );
  }
  return { regionCode, municipalityId: undefined };
}

export function url(field: string, value: string | null | undefined) {
  if (value === null || value === undefined) return value;
  try {
    const parsed = new URL(value);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return value;
  } catch {
    // Reported below.
  }
  throw badUserInput(field, value, "Expected an http(s) URL.");
}

export function timezone(field: string, value: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    if (value.includes("/") || value === "UTC") return value;
  } catch {
    // Reported below.
  }
  throw badUserInput(field, value, "Expected an IANA time zone such as Europe/Moscow.");
}

/** Two bounds in order: the end may not come before the start. */
export function inOrder(
  startField: string,
  start: string | null | undefined,
  endField: string,
  end: string | null | undefined,
): void {
  if (!start || !end) return;
  const toTime = (value: string) =>
    isIsoDateTime(value) ? Date.parse(value) : Date.parse(`${value}T00:00:00Z`);
  if (toTime(end) < toTime(start))
    throw badUserInput(endField, end, `It is before ${startField} (${start}).`);
}

const checkRegion = regionCode;
