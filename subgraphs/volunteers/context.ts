import type { RequestContext } from "../shared/context";
import { createVolunteersLoaders, type VolunteersLoaders } from "./loaders";

export interface VolunteersContext extends RequestContext {
  loaders: VolunteersLoaders;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createVolunteersContext(request: RequestContext): Promise<VolunteersContext> {
  return { ...request, loaders: createVolunteersLoaders(request.dataSource) };
}
