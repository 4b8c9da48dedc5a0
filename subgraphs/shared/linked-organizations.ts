import type { Principal } from "./auth/principal";
import type { RequestContext } from "./context";
import { badUserInput, codedError } from "./errors";
import type { OrganizationFacts } from "./organization-lookup";

/** Organisations one input field of a write links to. */
export interface OrganizationLink {
  /** The input field, as errors name it: `input.operatorId`. */
  field: string;
  ids: (string | null | undefined)[];
  /**
   * True for links that speak for the organisation (a programme's operator, an award's
   * recipient): those need its consent (see `mayName`). Other links (organisers, partners)
   * only need it to exist.
   */
  speaksFor?: boolean;
}

/**
 * The rule of honest links. A centre may name an organisation as operator of its programme or
 * as recipient of its award only when the organisation is the centre itself, its record belongs
 * to the centre, or the record's owner has granted the centre consent (`grantConsent`, kept in
 * the organizations subgraph, withdrawn with `revokeConsent`). That is how a network of
 * centres works: each centre answers for the organisations of its own region, and one centre
 * attributes money or responsibility to another's organisation only with that centre's word.
 * The coordinator may name any organisation.
 */
export function mayName(principal: Principal, organization: OrganizationFacts): boolean {
  if (principal.role === "coordinator") return true;
  return (
    answersFor(principal, organization) ||
    organization.consentedCentreIds.includes(principal.organizationId)
  );
}

/** FORBIDDEN naming the field, the value and, when known, whose record the organisation is. */
export function cannotName(
  field: string,
  value: unknown,
  principal: Principal,
  organization?: { id: string; ownerId: string },
): Error {
  const owner = organization
    ? ` Organization ${organization.id} belongs to ${organization.ownerId};`
    : "";
  return codedError(
    "FORBIDDEN",
    `Invalid value for "${field}": ${JSON.stringify(value)}.${owner} ${principal.organizationId} may name only organisations it owns or that have consented (grantConsent).`,
  );
}

/** Whether the principal answers for the organisation: it is the centre itself, or its owner. */
export function answersFor(principal: Principal, organization: OrganizationFacts): boolean {
  const centre = principal.organizationId;
  return organization.id === centre || organization.ownerId === centre;
}

/**
 * Checks every organisation a write links to with one request to the organizations subgraph:
 * BAD_USER_INPUT naming the field and the ids that no live organisation has, then FORBIDDEN for
 * a link that speaks for an organisation the caller may not name. This asks another subgraph,
 * so it runs before the write's transaction, which cannot wait on another service.
 */
export async function assertOrganizationLinks(
  context: RequestContext,
  principal: Principal,
  links: OrganizationLink[],
): Promise<void> {
  const wanted = links.flatMap(({ ids }) => ids.filter((id): id is string => Boolean(id)));
  if (wanted.length === 0) return;
  const live = await context.references.liveOrganizations(wanted);
  for (const { field, ids } of links) {
    const missing = ids.filter((id): id is string => Boolean(id) && !live.has(id!));
    if (missing.length)
      throw badUserInput(
        field,
        missing.length === 1 ? missing[0] : missing,
        "No such organisation.",
      );
  }
  for (const { field, ids, speaksFor } of links) {
    if (!speaksFor) continue;
    for (const id of ids) {
      if (id && !mayName(principal, live.get(id)!))
        throw cannotName(field, id, principal, live.get(id));
    }
  }
}
