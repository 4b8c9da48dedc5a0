import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { EventsContext } from "../context";
import { EVENTS } from "../queries";
import type { Event } from "../entities/event.entity";
import { Region } from "../external/region";
import { EventConnection } from "./event-connection";
import { EventFilter } from "./types/event-filter.input";

/** The fields this subgraph adds to Region. */
@Resolver(() => Region)
export class RegionEventsResolver {
  @FieldResolver(() => EventConnection, {
    nullable: true,
    description: "Events held in the region, in time order.",
  })
  events(
    @Root() region: Region,
    @Arg("filter", () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Args() page: PageArgs,
    @Ctx() { loaders }: EventsContext,
  ): Promise<ConnectionShape<Event>> {
    return loaders.events.pageOf("region", region.code, filter, EVENTS.readPage(page));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "How many events were held in the region.",
  })
  eventCount(@Root() region: Region, @Ctx() { loaders }: EventsContext): Promise<number> {
    return loaders.events.countOf("region", region.code);
  }
}
