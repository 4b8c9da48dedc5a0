import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { fetchPagesByParent } from "../shared/keyset";
import {
  countByKeyLoader,
  linkedIds,
  loaderByKey,
  loaderGroupedByKey,
  pagesByParentLoader,
  type PageKey,
} from "../shared/loaders";
import type { PageArgs } from "../shared/page.args";
import { readPageArgs, type ConnectionShape } from "../shared/pagination";
import { Event } from "./entities/event.entity";
import { EventOrganizer } from "./entities/event-organizer.entity";
import { EventSpeaker } from "./entities/event-speaker.entity";
import { EVENT_SORT, eventsQuery } from "./queries";
import type { EventFilter } from "./resolvers/types/event-filter.input";

export type EventPageArgs = PageArgs & { filter?: EventFilter | null };
type EventPages = DataLoader<PageKey<EventPageArgs>, ConnectionShape<Event>, string>;

export interface EventsLoaders {
  eventById: DataLoader<string, Event | null>;
  sessionsByParentId: DataLoader<string, Event[]>;
  organizerIdsByEventId: DataLoader<string, string[]>;
  speakerIdsByEventId: DataLoader<string, string[]>;
  eventCountByRegion: DataLoader<string, number>;
  eventPageByRegion: EventPages;
  eventPageByOrganizer: EventPages;
}

/** Fresh loaders for one request. */
export function createEventsLoaders(dataSource: DataSource): EventsLoaders {
  const events = dataSource.getRepository(Event);
  const byIds = (ids: string[]) => events.findBy({ id: In(ids) });
  const pages = (partition: string, join: boolean) =>
    pagesByParentLoader((parents, args: EventPageArgs) => {
      const qb = eventsQuery(dataSource, args.filter);
      if (join) qb.innerJoin(EventOrganizer, "organizer", "organizer.eventId = event.id");
      return fetchPagesByParent(
        dataSource.manager,
        qb,
        { expression: partition },
        parents,
        EVENT_SORT,
        readPageArgs(args),
        byIds,
      );
    });
  return {
    eventById: loaderByKey(events, "id"),
    sessionsByParentId: loaderGroupedByKey(events, "parentId", "startsAtUtc", { live: true }),
    organizerIdsByEventId: linkedIds(
      dataSource.getRepository(EventOrganizer),
      "eventId",
      "organizationId",
    ),
    speakerIdsByEventId: linkedIds(dataSource.getRepository(EventSpeaker), "eventId", "personId"),
    eventCountByRegion: countByKeyLoader((codes) =>
      events
        .createQueryBuilder("event")
        .select("event.regionCode", "key")
        .addSelect("COUNT(*)", "total")
        .where("event.regionCode IN (:...codes)", { codes })
        .andWhere("event.archivedAt IS NULL")
        .groupBy("event.regionCode")
        .getRawMany(),
    ),
    eventPageByRegion: pages('"event"."regionCode"', false),
    eventPageByOrganizer: pages('"organizer"."organizationId"', true),
  };
}
