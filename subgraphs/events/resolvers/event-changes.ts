import type { EntityManager } from "typeorm";
import type { Principal } from "../../shared/auth/principal";
import * as check from "../../shared/validation";
import { assertParentLink, type ParentRule } from "../../shared/writes";
import { Event } from "../entities/event.entity";
import { toUtcText } from "../queries";
import type { CreateEventInput, UpdateEventInput } from "./types/event.input";

export type EventInput = CreateEventInput | UpdateEventInput;

function optionalTimezone(value: string | null | undefined): string | undefined {
  const zone = check.notCleared("input.timezone", value);
  return zone === undefined ? undefined : check.timezone("input.timezone", zone);
}

const PARENT_EVENT: ParentRule<Event> = {
  field: "input.parentId",
  what: "Event",
  lock: "event.hierarchy",
  parentOf: (event) => event.parentId,
  accepts: () => true,
  expected: "a live event",
};

/** The advisory locks a write of `input` takes: a new parent link takes turns with the others. */
export function eventLocks(input: EventInput): string[] {
  return input.parentId ? [PARENT_EVENT.lock] : [];
}

/**
 * Validates an event input inside the write's transaction and returns the column changes it
 * makes (undefined for fields it leaves alone). `current` is the locked event being changed,
 * if any. Single-field bounds were checked on the input type already.
 */
export async function eventChanges(
  manager: EntityManager,
  input: EventInput,
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
    title: check.notCleared("input.title", check.optionalText("input.title", input.title)),
    kind: check.notCleared("input.kind", input.kind),
    startsAt,
    startsAtUtc: startsAt ? toUtcText(startsAt) : undefined,
    endsAt,
    timezone: optionalTimezone(input.timezone),
    datePrecision: check.notCleared("input.datePrecision", input.datePrecision),
    ...check.placeChanges(input, current),
    venue: check.optionalText("input.venue", input.venue),
    participantCount: input.participantCount,
    participantCountQualifier: input.participantCountQualifier,
    parentId: input.parentId,
    topics: check.textList("input.topics", input.topics),
    description: check.optionalText("input.description", input.description),
  };
}
