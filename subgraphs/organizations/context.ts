import type DataLoader from "dataloader";
import type { RequestContext } from "../shared/context";
import { createConsentsLoader, localReferenceChecker } from "./consents";
import { createOrganizationsLoaders, type OrganizationsLoaders } from "./loaders";

export interface OrganizationsContext extends RequestContext {
  loaders: OrganizationsLoaders;
  /** The centres each organisation consented to (`Organization.consentedCentreIds`). */
  consentsByOrganizationId: DataLoader<string, string[]>;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createOrganizationsContext(
  request: RequestContext,
): Promise<OrganizationsContext> {
  return {
    ...request,
    // The organisations are here: the credential and link checks read them locally.
    references: localReferenceChecker(request.dataSource),
    loaders: createOrganizationsLoaders(request.dataSource),
    consentsByOrganizationId: createConsentsLoader(request.dataSource),
  };
}
