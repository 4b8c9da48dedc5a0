import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { EventsContext } from "../context";
import { eventsIn } from "../queries";
import { eventsReader } from "../loaders";
import { EventOrder } from "../entities/enums";
import type { Event } from "../entities/event.entity";
import { Region } from "../external/region";
import { EventConnection } from "./event-connection";
import { EventFilter } from "./types/event-filter.input";

/** The fields this subgraph adds to Region. */
@Resolver(() => Region)
export class RegionEventsResolver {
  @FieldResolver(() => EventConnection, {
    nullable: true,
    description: "Events held in the region, in time order (`order`).",
  })
  events(
    @Root() region: Region,
    @Arg("filter", () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Args() page: PageArgs,
    @Arg("order", () => EventOrder, {
      defaultValue: EventOrder.OLDEST_FIRST,
      description: "Oldest first (the default) or newest first.",
    })
    order: EventOrder,
    @Ctx() { loaders }: EventsContext,
  ): Promise<ConnectionShape<Event>> {
    const reader = eventsReader(loaders, order);
    return reader.pageOf("region", region.code, filter, eventsIn(order).readPage(page));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "How many events were held in the region.",
  })
  eventCount(@Root() region: Region, @Ctx() { loaders }: EventsContext): Promise<number> {
    return loaders.events.countOf("region", region.code);
  }
}
