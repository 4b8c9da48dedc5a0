import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { createListReader, type ListReader } from "../shared/list-reader";
import { linkedIds, loaderByKey, loaderGroupedByKey } from "../shared/loaders";
import { Event } from "./entities/event.entity";
import { EventOrganizer } from "./entities/event-organizer.entity";
import { EventSpeaker } from "./entities/event-speaker.entity";
import { EVENTS, EVENTS_NEWEST_FIRST } from "./queries";
import { EventOrder } from "./entities/enums";
import type { EventFilter } from "./resolvers/types/event-filter.input";

export interface EventsLoaders {
  eventById: DataLoader<string, Event | null>;
  sessionsByParentId: DataLoader<string, Event[]>;
  organizerIdsByEventId: DataLoader<string, string[]>;
  speakerIdsByEventId: DataLoader<string, string[]>;
  /** Events by region and by organiser: `Region.events`, `.eventCount`, `Organization.events`. */
  events: ListReader<Event, EventFilter, "region" | "organizer">;
  /** The same, newest first (`order: NEWEST_FIRST`). */
  eventsNewestFirst: ListReader<Event, EventFilter, "region" | "organizer">;
}

/** The reader of events in the order asked. */
export function eventsReader(loaders: EventsLoaders, order: EventOrder | null | undefined) {
  return order === EventOrder.NEWEST_FIRST ? loaders.eventsNewestFirst : loaders.events;
}

/** Fresh loaders for one request. */
export function createEventsLoaders(dataSource: DataSource): EventsLoaders {
  const events = dataSource.getRepository(Event);
  return {
    eventById: loaderByKey(events, "id"),
    sessionsByParentId: loaderGroupedByKey(events, "parentId", "startsAtUtc", { live: true }),
    organizerIdsByEventId: linkedIds(
      dataSource.getRepository(EventOrganizer),
      "eventId",
      "organizationId",
    ),
    speakerIdsByEventId: linkedIds(dataSource.getRepository(EventSpeaker), "eventId", "personId"),
    events: createListReader(dataSource, EVENTS),
    eventsNewestFirst: createListReader(dataSource, EVENTS_NEWEST_FIRST),
  };
}
