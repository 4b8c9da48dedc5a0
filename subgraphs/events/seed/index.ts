import type { DataSource } from "typeorm";
import { insertMissing } from "../../shared/seed";
import { seedOwner, seedStamp } from "../../shared/seed-owners";
import { EVENT_DEFAULTS, eventSearchText } from "../entities/event.defaults";
import { Event } from "../entities/event.entity";
import { EventOrganizer } from "../entities/event-organizer.entity";
import { EventSpeaker } from "../entities/event-speaker.entity";
import { toUtcText } from "../queries";
import { events } from "./events.data";

/** The event rows of the seed data, with UTC sort keys and folded search text. */
export function eventRows(): Event[] {
  return events.map(({ organizerIds, speakerIds: _speakers, ...seed }) => {
    const row = Object.assign(new Event(), EVENT_DEFAULTS, seed, {
      ...seedStamp(seedOwner([seed.regionCode], organizerIds[0])),
      startsAtUtc: toUtcText(seed.startsAt),
    });
    return Object.assign(row, { searchText: eventSearchText(row) });
  });
}

/** Loads the events the source articles name, with their organisers and speakers. */
export async function seedEvents(dataSource: DataSource): Promise<Record<string, number>> {
  const links = <K extends string>(key: K, pick: (seed: (typeof events)[number]) => string[]) =>
    events.flatMap((seed) =>
      pick(seed).map((id, position) => ({ eventId: seed.id, [key]: id, position })),
    );
  return {
    events: await insertMissing(dataSource, Event, eventRows()),
    organizers: await insertMissing(
      dataSource,
      EventOrganizer,
      links("organizationId", (e) => e.organizerIds) as never,
    ),
    speakers: await insertMissing(
      dataSource,
      EventSpeaker,
      links("personId", (e) => e.speakerIds) as never,
    ),
  };
}
