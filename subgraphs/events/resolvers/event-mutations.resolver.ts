import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { requirePrincipal } from "../../shared/auth/guards";
import {
  archive,
  assertOrganizationsExist,
  definedOnly,
  inTransaction,
  loadForChange,
  newId,
  saveChanges,
  stampForCreate,
} from "../../shared/writes";
import type { EventsContext } from "../context";
import { DatePrecision } from "../entities/enums";
import { Event } from "../entities/event.entity";
import { EventOrganizer } from "../entities/event-organizer.entity";
import { eventChanges, eventSearchText } from "./event-changes";
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

@Resolver(() => Event)
export class EventMutationsResolver {
  @Mutation(() => Event, { description: "Creates an event owned by the calling centre." })
  async createEvent(
    @Arg("input", () => CreateEventInput) input: CreateEventInput,
    @Ctx() context: EventsContext,
  ): Promise<Event> {
    requirePrincipal(context.principal);
    const changes = await eventChanges(context.dataSource.manager, input, null);
    await assertOrganizationsExist(context, "input.organizerIds", input.organizerIds ?? []);
    return inTransaction(context, async (manager, principal) => {
      const event = Object.assign(new Event(), {
        endsAt: null,
        datePrecision: DatePrecision.DAY,
        dateInferred: false,
        dateNote: null,
        regionCode: null,
        municipalityId: null,
        venue: null,
        participantCount: null,
        participantCountQualifier: null,
        parentId: null,
        topics: [],
        description: null,
        figures: [],
        sources: [],
        ...definedOnly(changes),
        id: newId("event", ""),
        ...stampForCreate(principal),
      });
      event.searchText = eventSearchText(event);
      const saved = await manager.save(event);
      await replaceOrganizers(manager, saved.id, input.organizerIds ?? []);
      return saved;
    });
  }

  @Mutation(() => Event, {
    description: "Changes an event the caller owns (or any, for the coordinator).",
  })
  async updateEvent(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEventInput) input: UpdateEventInput,
    @Ctx() context: EventsContext,
  ): Promise<Event> {
    const principal = requirePrincipal(context.principal);
    const current = await loadForChange(context.dataSource.manager, Event, id, "Event", principal);
    const changes = await eventChanges(context.dataSource.manager, input, current);
    if (input.organizerIds)
      await assertOrganizationsExist(context, "input.organizerIds", input.organizerIds);
    return inTransaction(context, async (manager) => {
      const record = await loadForChange(manager, Event, id, "Event", principal);
      const merged = { ...record, ...definedOnly(changes) } as Event;
      const saved = await saveChanges(
        manager,
        record,
        { ...changes, searchText: eventSearchText(merged) },
        principal,
      );
      if (input.organizerIds !== undefined)
        await replaceOrganizers(manager, id, input.organizerIds ?? []);
      return saved;
    });
  }

  @Mutation(() => Event, { description: "Archives an event: it leaves lists but is kept." })
  archiveEvent(@Arg("id", () => ID) id: string, @Ctx() context: EventsContext): Promise<Event> {
    return archive(context, Event, id, "Event");
  }
}
