import { ACTIVITY_CODES } from "../activities/okved-codes.data";
import { readActivities } from "../activities/read-activities";

/** The most focus areas an organisation has, and their length (CreateOrganizationInput). */
const MAX_AREAS = 20;
const MAX_AREA_CHARS = 200;

const clip = (text: string) =>
  text.length > MAX_AREA_CHARS ? `${text.slice(0, MAX_AREA_CHARS - 1)}…` : text;

/**
 * The focus areas an organisation gets from a register's activities cell: the label of each
 * art. 31.1 activity, `88.99 <name>` for each known OKVED 2 class, and what neither list knows
 * as the cell writes it (clipped to 200 characters), at most 20. `unknown` is that free text,
 * which the import reports as a warning: a register naming an activity in its own words is not
 * a defect of the row.
 */
export function registerFocusAreas(cell: string): { focusAreas: string[]; unknown: string[] } {
  const read = readActivities(cell);
  const focusAreas = [
    ...read.activities.map(({ label }) => label),
    ...read.codes.map((code) => `${code} ${ACTIVITY_CODES[code]}`),
    ...read.unknown.map(clip),
  ];
  return { focusAreas: [...new Set(focusAreas)].slice(0, MAX_AREAS), unknown: read.unknown };
}
