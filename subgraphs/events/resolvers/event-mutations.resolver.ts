import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import {
  archive,
  assertOrganizationsExist,
  createOwned,
  newId,
  updateOwned,
  type WritePlan,
} from "../../shared/writes";
import { requirePrincipal } from "../../shared/auth/guards";
import type { EventsContext } from "../context";
import { EVENT_DEFAULTS, eventSearchText } from "../entities/event.defaults";
import { Event } from "../entities/event.entity";
import { EventOrganizer } from "../entities/event-organizer.entity";
import { eventChanges } from "./event-changes";
import { CreateEventInput, UpdateEventInput } from "./types/event.input";

async function replaceOrganizers(
  manager: EntityManager,
  eventId: string,
  organizerIds: string[],
): Promise<void> {
  await manager.delete(EventOrganizer, { eventId });
  const unique = [...new Set(organizerIds)];
  if (unique.length) {
    await manager.insert(
      EventOrganizer,
      unique.map((organizationId, position) => ({ eventId, organizationId, position })),
    );
  }
}

function plan(
  context: EventsContext,
  input: CreateEventInput | UpdateEventInput,
): WritePlan<Event> {
  return {
    changes: async (current) => {
      const changes = await eventChanges(
        context.dataSource.manager,
        input,
        current,
        requirePrincipal(context.principal),
      );
      await assertOrganizationsExist(context, "input.organizerIds", input.organizerIds ?? []);
      return changes;
    },
    searchText: eventSearchText,
    // Organisers are replaced only when the input names them (null clears them).
    links: async (manager, id) => {
      if (input.organizerIds !== undefined)
        await replaceOrganizers(manager, id, input.organizerIds ?? []);
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
