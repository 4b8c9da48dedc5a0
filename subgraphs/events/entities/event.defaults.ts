import { buildSearchText } from "../../shared/search";
import { DatePrecision } from "./enums";
import type { Event } from "./event.entity";

/**
 * What a new Event row holds in the columns its input or seed row leaves out; seed rows and
 * created records start from the same values.
 */
export const EVENT_DEFAULTS: Partial<Event> = {
  endsAt: null,
  datePrecision: DatePrecision.DAY,
  dateInferred: false,
  dateNote: null,
  regionCode: null,
  municipalityId: null,
  venue: null,
  participantCount: null,
  participantCountQualifier: null,
  parentId: null,
  topics: [],
  description: null,
  figures: [],
  sources: [],
};

/** The folded search text of an event after changes. */
export function eventSearchText(event: Event): string {
  return buildSearchText(event.title, event.topics, event.description, event.venue);
}
