import type { RequestContext } from "../shared/context";
import { createRegionsLoaders, type RegionsLoaders } from "./loaders";

export interface RegionsContext extends RequestContext {
  loaders: RegionsLoaders;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createRegionsContext(request: RequestContext): Promise<RegionsContext> {
  return { ...request, loaders: createRegionsLoaders(request.dataSource) };
}
