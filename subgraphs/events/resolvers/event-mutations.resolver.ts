import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { replaceLinkRows } from "../../shared/link-rows";
import { assertOrganizationLinks } from "../../shared/linked-organizations";
import { archive, createOwned, newId, updateOwned, type WritePlan } from "../../shared/writes";
import type { EventsContext } from "../context";
import { EVENT_DEFAULTS, eventSearchText } from "../entities/event.defaults";
import { Event } from "../entities/event.entity";
import { EventOrganizer } from "../entities/event-organizer.entity";
import { eventChanges, eventLocks, type EventInput } from "./event-changes";

import { CreateEventInput, UpdateEventInput } from "./types/event.input";

function plan(context: EventsContext, input: EventInput): WritePlan<Event> {
  return {
    // Organisers live in the organizations subgraph: checked before the transaction.
    remote: (principal) =>
      assertOrganizationLinks(context, principal, [
        { field: "input.organizerIds", ids: input.organizerIds ?? [] },
      ]),
    locks: eventLocks(input),
    changes: (manager, current, principal) => eventChanges(manager, input, current, principal),
    searchText: eventSearchText,
    // Organisers are replaced only when the input names them (null clears them).
    links: async (manager, id) => {
      if (input.organizerIds === undefined) return;
      const owner = { column: "eventId" as const, id };
      await replaceLinkRows(
        manager,
        EventOrganizer,
        owner,
        "organizationId",
        input.organizerIds ?? [],
      );
    },
  };
}

@Resolver(() => Event)
export class EventMutationsResolver {
  @Mutation(() => Event, { description: "Creates an event owned by the calling centre." })
  createEvent(
    @Arg("input", () => CreateEventInput) input: CreateEventInput,
    @Ctx() context: EventsContext,
  ): Promise<Event> {
    return createOwned(context, Event, newId("event", ""), EVENT_DEFAULTS, plan(context, input));
  }

  @Mutation(() => Event, {
    description: "Changes an event the caller owns (or any, for the coordinator).",
  })
  updateEvent(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEventInput) input: UpdateEventInput,
    @Ctx() context: EventsContext,
  ): Promise<Event> {
    return updateOwned(context, Event, id, "Event", plan(context, input));
  }

  @Mutation(() => Event, { description: "Archives an event: it leaves lists but is kept." })
  archiveEvent(@Arg("id", () => ID) id: string, @Ctx() context: EventsContext): Promise<Event> {
    return archive(context, Event, id, "Event");
  }
}
