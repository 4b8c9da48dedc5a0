import { IsNull } from "typeorm";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { Network } from "../entities/network.entity";
import { Organization } from "../entities/organization.entity";
import { visibleById } from "../../shared/owned-record";

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], { nullable: true })
  networks(@Ctx() { dataSource }: OrganizationsContext): Promise<Network[]> {
    return dataSource
      .getRepository(Network)
      .find({ where: { archivedAt: IsNull() }, order: { name: "ASC" } });
  }

  @Query(() => Network, { nullable: true })
  async network(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders, principal }: OrganizationsContext,
  ): Promise<Network | null> {
    return visibleById(await loaders.networkById.load(id), principal);
  }

  @FieldResolver(() => [Organization], { description: "Member organisations, by name." })
  members(
    @Root() network: Network,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<Organization[]> {
    return loaders.membersByNetworkId.load(network.id);
  }
}
