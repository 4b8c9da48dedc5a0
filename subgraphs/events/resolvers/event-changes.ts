import type { EntityManager } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import * as check from "../../shared/validation";
import { assertParentLink, type ParentRule } from "../../shared/writes";
import { Event } from "../entities/event.entity";
import { toUtcText } from "../queries";
import type { CreateEventInput, UpdateEventInput } from "./types/event.input";

function optionalTimezone(value: string | null | undefined): string | undefined {
  const zone = check.notCleared("input.timezone", value);
  return zone === undefined ? undefined : check.timezone("input.timezone", zone);
}

const PARENT_EVENT: ParentRule<Event> = {
  field: "input.parentId",
  what: "Event",
  parentOf: (event) => event.parentId,
  accepts: () => true,
  expected: "a live event",
};

/**
 * Validates an event input and returns the column changes it makes (undefined for fields it
 * leaves alone). `current` is the event being changed, if any.
 */
export async function eventChanges(
  manager: EntityManager,
  input: CreateEventInput | UpdateEventInput,
  current: Event | null,
  principal: Principal,
): Promise<Partial<Event>> {
  const startsAt = check.notCleared("input.startsAt", input.startsAt);
  const endsAt = input.endsAt;
  check.inOrder(
    "input.startsAt",
    startsAt ?? current?.startsAt,
    "input.endsAt",
    endsAt === undefined ? current?.endsAt : endsAt,
  );
  if (input.parentId) {
    await assertParentLink(manager, Event, input.parentId, current?.id, principal, PARENT_EVENT);
  }
  return {
    title: check.notCleared("input.title", check.optionalText("input.title", input.title, 300)),
    kind: check.notCleared("input.kind", input.kind),
    startsAt,
    startsAtUtc: startsAt ? toUtcText(startsAt) : undefined,
    endsAt,
    timezone: optionalTimezone(input.timezone),
    datePrecision: check.notCleared("input.datePrecision", input.datePrecision),
    ...check.placeChanges(input, current),
    venue: check.optionalText("input.venue", input.venue, 300),
    participantCount: check.intRange(
      "input.participantCount",
      input.participantCount,
      0,
      10_000_000,
    ),
    participantCountQualifier: input.participantCountQualifier,
    parentId: input.parentId,
    topics:
      input.topics === undefined
        ? undefined
        : check.textList("input.topics", input.topics ?? [], 30, 300),
    description: check.optionalText("input.description", input.description, 5000),
  };
}
