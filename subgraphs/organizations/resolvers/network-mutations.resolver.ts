import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { badUserInput } from "../../shared/errors";
import { inTransaction, loadForChange, saveChanges } from "../../shared/writes";
import type { OrganizationsContext } from "../context";
import { Network } from "../entities/network.entity";
import { NetworkMembership } from "../entities/network-membership.entity";
import { Organization } from "../entities/organization.entity";

async function assertLiveOrganization(manager: EntityManager, id: string): Promise<void> {
  const organization = await manager.findOneBy(Organization, { id });
  if (!organization || organization.archivedAt !== null) {
    throw badUserInput("organizationId", id, "No such organisation.");
  }
}

/** Membership of a network is managed by the network's owner or the coordinator. */
@Resolver(() => Network)
export class NetworkMutationsResolver {
  @Mutation(() => Network, {
    description: "Adds an organisation to a network (no change if it is a member).",
  })
  addNetworkMember(
    @Arg("networkId", () => ID) networkId: string,
    @Arg("organizationId", () => ID) organizationId: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<Network> {
    return inTransaction(context, async (manager, principal) => {
      const network = await loadForChange(manager, Network, networkId, "Network", principal);
      await assertLiveOrganization(manager, organizationId);
      if (await manager.findOneBy(NetworkMembership, { networkId, organizationId })) return network;
      await manager.insert(NetworkMembership, { networkId, organizationId });
      return saveChanges(manager, network, {}, principal);
    });
  }

  @Mutation(() => Network, { description: "Removes an organisation from a network." })
  removeNetworkMember(
    @Arg("networkId", () => ID) networkId: string,
    @Arg("organizationId", () => ID) organizationId: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<Network> {
    return inTransaction(context, async (manager, principal) => {
      const network = await loadForChange(manager, Network, networkId, "Network", principal);
      const removed = await manager.delete(NetworkMembership, { networkId, organizationId });
      if (!removed.affected)
        throw badUserInput("organizationId", organizationId, `It is not a member of ${networkId}.`);
      return saveChanges(manager, network, {}, principal);
    });
  }
}
