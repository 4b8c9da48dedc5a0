import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { Network } from "../entities/network.entity";
import { Organization } from "../entities/organization.entity";

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], { nullable: true })
  networks(@Ctx() { dataSource }: OrganizationsContext): Promise<Network[]> {
    return dataSource.getRepository(Network).find({ order: { name: "ASC" } });
  }

  @Query(() => Network, { nullable: true })
  network(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<Network | null> {
    return loaders.networkById.load(id);
  }

  @FieldResolver(() => [Organization], { description: "Member organisations, by name." })
  members(
    @Root() network: Network,
    @Ctx() { loaders }: OrganizationsContext,
  ): Promise<Organization[]> {
    return loaders.membersByNetworkId.load(network.id);
  }
}
