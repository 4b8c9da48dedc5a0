import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../shared/schema";
import type { SubgraphDefinition } from "../shared/subgraph";
import { createEventsContext, type EventsContext } from "./context";
import { Event } from "./entities/event.entity";
import { EventOrganizer } from "./entities/event-organizer.entity";
import { EventSpeaker } from "./entities/event-speaker.entity";
import { EventMutationsResolver } from "./resolvers/event-mutations.resolver";
import { EventResolver } from "./resolvers/event.resolver";
import { OrganizationEventsResolver } from "./resolvers/organization-events.resolver";
import { RegionEventsResolver } from "./resolvers/region-events.resolver";
import { seedEvents } from "./seed";

/** The events subgraph's schema: events and sessions, plus Region and Organization fields. */
export function createEventsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      EventResolver,
      EventMutationsResolver,
      RegionEventsResolver,
      OrganizationEventsResolver,
    ],
    referenceResolvers: {
      Event: {
        __resolveReference: (reference: { id: string }, { loaders }: EventsContext) =>
          loaders.eventById.load(reference.id),
      },
    },
  });
}

export const eventsSubgraph: SubgraphDefinition<EventsContext> = {
  name: "events",
  defaultPort: 4003,
  entities: [Event, EventOrganizer, EventSpeaker],
  buildSchema: createEventsSchema,
  createContext: createEventsContext,
  seed: seedEvents,
};
