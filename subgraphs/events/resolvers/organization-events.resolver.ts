import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { EventsContext } from "../context";
import { eventsIn } from "../queries";
import { eventsReader } from "../loaders";
import { EventOrder } from "../entities/enums";
import type { Event } from "../entities/event.entity";
import { Organization } from "../external/organization";
import { EventConnection } from "./event-connection";

/** The fields this subgraph adds to Organization. */
@Resolver(() => Organization)
export class OrganizationEventsResolver {
  @FieldResolver(() => EventConnection, {
    nullable: true,
    description: "Events the organisation organised, in time order (`order`).",
  })
  events(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg("order", () => EventOrder, {
      defaultValue: EventOrder.OLDEST_FIRST,
      description: "Oldest first (the default) or newest first.",
    })
    order: EventOrder,
    @Ctx() { loaders }: EventsContext,
  ): Promise<ConnectionShape<Event>> {
    const reader = eventsReader(loaders, order);
    return reader.pageOf("organizer", organization.id, null, eventsIn(order).readPage(page));
  }
}
