import type { GraphQLResolveInfo } from "graphql";
import { withoutDanglingLinks } from "../../shared/dangling-links";
import type { OrganizationsContext } from "../context";
import { linkedOrganization } from "../entities/organization.defaults";
import type { Organization } from "../entities/organization.entity";

/**
 * The organisations another subgraph's record links to (`ids`, in order), as its list field
 * shows them: one batched load with every other list of the request, archived ones as their
 * identity, and an id that names none left out with a NOT_FOUND error (dangling-links.ts).
 * `what` names the link in that error: "organiser of event ev-1".
 */
export async function linkedOrganizations(
  context: OrganizationsContext,
  ids: readonly string[] | null | undefined,
  info: GraphQLResolveInfo,
  what: string,
): Promise<Organization[]> {
  const wanted = ids ?? [];
  const records = await context.loaders.organizationById.loadMany(wanted);
  return withoutDanglingLinks(context, wanted, records, info, what).map((record) =>
    linkedOrganization(record, context.principal)!,
  );
}
