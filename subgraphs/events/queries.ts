import { allowedRegionCodes, whereRegionIn, whereSearch } from "../shared/filters";
import { defineList, type ListDeclaration } from "../shared/list";
import { Event } from "./entities/event.entity";
import { EventOrder } from "./entities/enums";
import { EventOrganizer } from "./entities/event-organizer.entity";
import type { EventFilter } from "./resolvers/types/event-filter.input";

/** Fixed-width UTC text of an instant, the form `startsAtUtc` is stored and compared in. */
export function toUtcText(instant: string): string {
  return new Date(instant).toISOString();
}

/**
 * Events in time order: the root `events`, `Region.events` and `Organization.events` (through
 * the organiser links), with their counts.
 */
const EVENT_LIST: Omit<ListDeclaration<Event, EventFilter, "region" | "organizer">, "sort"> = {
  entity: Event,
  alias: "event",
  rank: { title: "title", rest: ["topics", "description", "venue"] },
  where: (qb, filter, purpose) => {
    whereRegionIn(qb, "event.regionCode", allowedRegionCodes(filter));
    if (filter.kinds?.length) qb.andWhere("event.kind IN (:...kinds)", { kinds: filter.kinds });
    if (filter.from) qb.andWhere("event.startsAtUtc >= :from", { from: toUtcText(filter.from) });
    if (filter.to) qb.andWhere("event.startsAtUtc <= :to", { to: toUtcText(filter.to) });
    if (filter.organizerId) {
      const organised = qb
        .subQuery()
        .select("organizedBy.eventId")
        .from(EventOrganizer, "organizedBy")
        .where("organizedBy.organizationId = :organizerId")
        .getQuery();
      qb.andWhere(`event.id IN ${organised}`, { organizerId: filter.organizerId });
    }
    whereSearch(qb, "event.searchText", filter.search, purpose);
  },
  parents: {
    region: { property: "regionCode" },
    organizer: {
      through: EventOrganizer,
      alias: "organizer",
      link: "eventId",
      property: "organizationId",
    },
  },
};

export const EVENTS = defineList<Event, EventFilter, "region" | "organizer">({
  ...EVENT_LIST,
  sort: { property: "startsAtUtc", type: "string" },
});

/** The same lists newest first (`order: NEWEST_FIRST`): the recent events a reader looks for. */
export const EVENTS_NEWEST_FIRST = defineList<Event, EventFilter, "region" | "organizer">({
  ...EVENT_LIST,
  sort: { property: "startsAtUtc", type: "string", descending: true },
});

/** The list of events in the order asked. */
export function eventsIn(order: EventOrder | null | undefined) {
  return order === EventOrder.NEWEST_FIRST ? EVENTS_NEWEST_FIRST : EVENTS;
}
