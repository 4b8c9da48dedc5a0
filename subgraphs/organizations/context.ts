import type { RequestContext } from "../shared/context";
import { createOrganizationsLoaders, type OrganizationsLoaders } from "./loaders";

export interface OrganizationsContext extends RequestContext {
  loaders: OrganizationsLoaders;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createOrganizationsContext(
  request: RequestContext,
): Promise<OrganizationsContext> {
  return { ...request, loaders: createOrganizationsLoaders(request.dataSource) };
}
