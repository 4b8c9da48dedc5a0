import { Args, ArgsType, Ctx, Field, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { badUserInput } from "../../shared/errors";
import { Id } from "../../shared/input-constraints";
import { inTransaction, loadForChange, saveChanges } from "../../shared/writes";
import { isLiveCentre } from "../consents";
import type { OrganizationsContext } from "../context";
import { OrganizationConsent } from "../entities/organization-consent.entity";
import { Organization } from "../entities/organization.entity";

@ArgsType()
class ConsentArgs {
  @Field(() => ID, { description: "The organisation whose owner consents." })
  @Id()
  organizationId!: string;

  @Field(() => ID, { description: "The resource centre that may name it." })
  @Id()
  centreId!: string;
}

/**
 * Changes an organisation's consents in one transaction: only whoever answers for the
 * organisation's record may (NOT_FOUND or FORBIDDEN otherwise), and the change is stamped on it.
 */
function changeConsents(
  context: OrganizationsContext,
  organizationId: string,
  change: (manager: EntityManager, organization: Organization, by: string) => Promise<void>,
): Promise<Organization> {
  return inTransaction(context, async (manager, principal) => {
    const organization = await loadForChange(
      manager,
      Organization,
      organizationId,
      "Organization",
      principal,
    );
    await change(manager, organization, principal.organizationId);
    return saveChanges(manager, organization, {}, principal);
  });
}

/**
 * Consent is given and withdrawn by whoever answers for the organisation's record: its owner
 * or the coordinator (FORBIDDEN for anyone else). Withdrawing it does not undo links already
 * made; the organisation's owner can archive an award that names it.
 */
@Resolver(() => Organization)
export class ConsentMutationsResolver {
  @Mutation(() => Organization, {
    description:
      "Lets a resource centre name this organisation as the operator of its programmes or the recipient of its awards (no change if it may already).",
  })
  grantConsent(
    @Args(() => ConsentArgs) { organizationId, centreId }: ConsentArgs,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return changeConsents(context, organizationId, async (manager, organization, by) => {
      if (organization.archivedAt !== null)
        throw badUserInput("organizationId", organizationId, "It is archived.");
      if (!(await isLiveCentre(manager, centreId)))
        throw badUserInput("centreId", centreId, "Expected the id of a live resource centre.");
      if (await manager.findOneBy(OrganizationConsent, { organizationId, centreId })) return;
      const grantedAt = new Date().toISOString();
      await manager.insert(OrganizationConsent, {
        organizationId,
        centreId,
        grantedAt,
        grantedBy: by,
      });
    });
  }

  @Mutation(() => Organization, {
    description: "Withdraws a centre's consent; links it already made stay.",
  })
  revokeConsent(
    @Args(() => ConsentArgs) { organizationId, centreId }: ConsentArgs,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return changeConsents(context, organizationId, async (manager) => {
      const removed = await manager.delete(OrganizationConsent, { organizationId, centreId });
      if (!removed.affected)
        throw badUserInput("centreId", centreId, `It has no consent of ${organizationId}.`);
    });
  }
}
