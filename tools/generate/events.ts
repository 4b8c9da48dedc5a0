import { DatePrecision, EventKind } from "../../subgraphs/events/entities/enums";
import { EVENT_DEFAULTS, eventSearchText } from "../../subgraphs/events/entities/event.defaults";
import { Event } from "../../subgraphs/events/entities/event.entity";
import type { EventOrganizer } from "../../subgraphs/events/entities/event-organizer.entity";
import { toUtcText } from "../../subgraphs/events/queries";
import type { Plan } from "./plan";
import { Random, type NamePools } from "./random";
import { COUNTRY } from "./country";
import { calendarDay, stamp } from "./stamp";
import { EVENT_TITLES, FOCUS_AREAS } from "./vocabulary";

const KINDS = Object.values(EventKind);

/** An event with its organiser links. */
export interface EventRows {
  event: Event;
  organizers: EventOrganizer[];
}

/** `+05:00`: Russia keeps no daylight saving time, so one offset per zone holds for every date. */
function offsetOf(timeZone: string): string {
  const name = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(Date.UTC(2024, 0, 1)))
    .find((part) => part.type === "timeZoneName")!.value;
  return name === "GMT" ? "+00:00" : name.slice(3);
}

/** The events, region by region, each organised by one or two organisations of its region. */
export function* eventRows(plan: Plan, pools: NamePools): Generator<EventRows> {
  const random = new Random(plan.seed, "events");
  const offsets = plan.regions.map((region) => offsetOf(region.timezone));
  for (let index = 0; index < plan.counts.events; index += 1) {
    const regionIndex = plan.events.regionOf(index);
    const region = plan.regions[regionIndex];
    const town = random.pick(COUNTRY[region.code].towns);
    const startsAt = `${calendarDay(random)}T${String(random.int(9, 18)).padStart(2, "0")}:00:00${offsets[regionIndex]}`;
    const topics = random.some(FOCUS_AREAS, random.int(1, 3));
    const event: Event = Object.assign(new Event(), EVENT_DEFAULTS, {
      id: plan.eventId(index),
      title: `${random.pick(EVENT_TITLES)}: ${town}`,
      kind: random.pick(KINDS),
      startsAt,
      startsAtUtc: toUtcText(startsAt),
      timezone: region.timezone,
      datePrecision: DatePrecision.DAY,
      regionCode: region.code,
      venue: random.chance(0.5) ? `${town}, ${random.pick(pools.streets)}` : null,
      participantCount: random.chance(0.6) ? random.int(10, 2000) : null,
      topics,
      ...stamp(random, plan.ownerOf(regionIndex)),
    });
    event.searchText = eventSearchText(event);
    const inRegion = plan.organizationsIn(regionIndex);
    const organizers = [
      ...new Set([0, random.int(0, inRegion - 1)].slice(random.chance(0.5) ? 0 : 1)),
    ];
    yield {
      event,
      organizers: organizers.map((k, position) => ({
        eventId: event.id,
        organizationId: plan.organizationOf(regionIndex, k),
        position,
      })),
    };
  }
}
