import type { DataSource, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "../shared/errors";
import { allowedRegionCodes, whereRegionIn, whereSearch } from "../shared/filters";
import type { SortKey } from "../shared/keyset";
import { Event } from "./entities/event.entity";
import { EventOrganizer } from "./entities/event-organizer.entity";
import type { EventFilter } from "./resolvers/types/event-filter.input";

export const EVENT_SORT: SortKey<Event> = {
  alias: "event",
  column: "startsAtUtc",
  valueOf: (event) => event.startsAtUtc,
};

/** Fixed-width UTC text of an instant, the form `startsAtUtc` is stored and compared in. */
export function toUtcText(instant: string): string {
  return new Date(instant).toISOString();
}

/** Events matching a filter, as a query the caller pages or counts. */
export function eventsQuery(
  dataSource: DataSource,
  filter: EventFilter | null | undefined,
): SelectQueryBuilder<Event> {
  const qb = dataSource
    .getRepository(Event)
    .createQueryBuilder("event")
    .where("event.archivedAt IS NULL");
  whereRegionIn(qb, "event.regionCode", allowedRegionCodes(filter));
  if (filter?.kinds?.length) qb.andWhere("event.kind IN (:...kinds)", { kinds: filter.kinds });
  if (filter?.from && filter?.to && Date.parse(filter.from) > Date.parse(filter.to)) {
    throw badUserInput("filter.to", filter.to, `It is before filter.from (${filter.from}).`);
  }
  if (filter?.from) qb.andWhere("event.startsAtUtc >= :from", { from: toUtcText(filter.from) });
  if (filter?.to) qb.andWhere("event.startsAtUtc <= :to", { to: toUtcText(filter.to) });
  if (filter?.organizerId) {
    const organised = qb
      .subQuery()
      .select("organizer.eventId")
      .from(EventOrganizer, "organizer")
      .where("organizer.organizationId = :organizerId")
      .getQuery();
    qb.andWhere(`event.id IN ${organised}`, { organizerId: filter.organizerId });
  }
  return whereSearch(qb, "event.searchText", filter?.search);
}
