import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { PageArgs } from "../../shared/page.args";
import type { ConnectionShape } from "../../shared/pagination";
import type { VolunteersContext } from "../context";
import { VolunteerGroup } from "../entities/volunteer-group.entity";
import { VOLUNTEER_GROUPS } from "../queries";
import { VolunteerGroupConnection } from "./volunteer-group-connection";
import { VolunteerGroupFilter } from "./types/volunteer-group-filter.input";

@Resolver(() => VolunteerGroup)
export class VolunteerGroupResolver {
  @Query(() => VolunteerGroupConnection, {
    nullable: true,
    description: "Live volunteer groups by name, filtered and paged.",
  })
  volunteerGroups(
    @Arg("filter", () => VolunteerGroupFilter, { nullable: true })
    filter: VolunteerGroupFilter | null,
    @Args() page: PageArgs,
    @Ctx() { dataSource }: VolunteersContext,
  ): Promise<ConnectionShape<VolunteerGroup>> {
    return VOLUNTEER_GROUPS.page(dataSource, filter, VOLUNTEER_GROUPS.readPage(page));
  }
}
