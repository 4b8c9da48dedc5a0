import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { EventsContext } from "../context";
import { EVENTS } from "../queries";
import type { Event } from "../entities/event.entity";
import { Organization } from "../external/organization";
import { EventConnection } from "./event-connection";

/** The fields this subgraph adds to Organization. */
@Resolver(() => Organization)
export class OrganizationEventsResolver {
  @FieldResolver(() => EventConnection, {
    nullable: true,
    description: "Events the organisation organised, in time order.",
  })
  events(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Ctx() { loaders }: EventsContext,
  ): Promise<ConnectionShape<Event>> {
    return loaders.events.pageOf("organizer", organization.id, null, EVENTS.readPage(page));
  }
}
