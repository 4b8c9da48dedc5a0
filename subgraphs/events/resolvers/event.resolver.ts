import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { EventsContext } from "../context";
import { Event } from "../entities/event.entity";
import { Municipality } from "../external/municipality";
import { Person } from "../external/person";
import { Region } from "../external/region";
import { eventsIn } from "../queries";
import { EventOrder } from "../entities/enums";
import { EventConnection } from "./event-connection";
import { EventFilter } from "./types/event-filter.input";
import { visibleById } from "../../shared/owned-record";

const reference = (id: string) => ({ id });

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    nullable: true,
    description: "Events in time order (`order`), filtered and paged; a search ranks by relevance.",
  })
  events(
    @Arg("filter", () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Args() page: PageArgs,
    @Arg("order", () => EventOrder, {
      defaultValue: EventOrder.OLDEST_FIRST,
      description: "Oldest first (the default) or newest first.",
    })
    order: EventOrder,
    @Ctx() { dataSource }: EventsContext,
  ): Promise<ConnectionShape<Event>> {
    const list = eventsIn(order);
    return list.page(dataSource, filter, list.readPage(page));
  }

  @Query(() => Event, { nullable: true, description: "An event by id; null when unknown." })
  async event(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders, principal }: EventsContext,
  ): Promise<Event | null> {
    return visibleById(await loaders.eventById.load(id), principal);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() event: Event): Region | null {
    return event.regionCode ? { code: event.regionCode } : null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() event: Event): Municipality | null {
    return event.municipalityId ? reference(event.municipalityId) : null;
  }

  @FieldResolver(() => [ID], {
    description:
      "The organisers' ids, in the order given; `organizers` resolves them in the organizations subgraph.",
  })
  organizerIds(@Root() event: Event, @Ctx() { loaders }: EventsContext): Promise<string[]> {
    return loaders.organizerIdsByEventId.load(event.id);
  }

  @FieldResolver(() => [Person])
  async speakers(@Root() event: Event, @Ctx() { loaders }: EventsContext): Promise<Person[]> {
    return (await loaders.speakerIdsByEventId.load(event.id)).map(reference);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: "The event this one is a session of.",
  })
  parent(@Root() event: Event, @Ctx() { loaders }: EventsContext): Promise<Event | null> | null {
    return event.parentId ? loaders.eventById.load(event.parentId) : null;
  }

  @FieldResolver(() => [Event], { description: "Sessions held within this event, in time order." })
  sessions(@Root() event: Event, @Ctx() { loaders }: EventsContext): Promise<Event[]> {
    return loaders.sessionsByParentId.load(event.id);
  }
}
