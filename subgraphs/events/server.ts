import type { GraphQLSchema } from "graphql";
import { visibleByReference } from "../shared/owned-record";
import { buildFederatedSchema } from "../shared/schema";
import type { SubgraphDefinition } from "../shared/subgraph";
import { createEventsContext, type EventsContext } from "./context";
import { Event } from "./entities/event.entity";
import { EventOrganizer } from "./entities/event-organizer.entity";
import { EventSpeaker } from "./entities/event-speaker.entity";
import { Organization } from "./external/organization";
import { EventMutationsResolver } from "./resolvers/event-mutations.resolver";
import { EventResolver } from "./resolvers/event.resolver";
import { OrganizationEventsResolver } from "./resolvers/organization-events.resolver";
import { RegionEventsResolver } from "./resolvers/region-events.resolver";
import { seedEvents } from "./seed";
import { migrations } from "./migrations";

/** What an archived event shows to those who may not read it: what and when it was, no more. */
const EVENT_IDENTITY = [
  "title",
  "kind",
  "startsAt",
  "startsAtUtc",
  "endsAt",
  "timezone",
  "datePrecision",
  "dateInferred",
  "regionCode",
] as const;

/** The events subgraph's schema: events and sessions, plus Region and Organization fields. */
export function createEventsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      EventResolver,
      EventMutationsResolver,
      RegionEventsResolver,
      OrganizationEventsResolver,
    ],
    // No field here returns an Organization (Event.organizers is resolved where organisations
    // live, in the organizations subgraph), so the type that `Organization.events` extends is
    // named here.
    orphanedTypes: [Organization],
    referenceResolvers: {
      Event: {
        // The same archive visibility as `event(id:)`; see visibleByReference.
        __resolveReference: async (
          reference: { id: string },
          { loaders, principal }: EventsContext,
        ) =>
          visibleByReference(await loaders.eventById.load(reference.id), principal, EVENT_IDENTITY),
      },
    },
  });
}

export const eventsSubgraph: SubgraphDefinition<EventsContext> = {
  name: "events",
  defaultPort: 4003,
  entities: [Event, EventOrganizer, EventSpeaker],
  migrations,
  buildSchema: createEventsSchema,
  createContext: createEventsContext,
  seed: seedEvents,
};
