import type { RequestContext } from "../shared/context";
import { createProgrammesLoaders, type ProgrammesLoaders } from "./loaders";

export interface ProgrammesContext extends RequestContext {
  loaders: ProgrammesLoaders;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createProgrammesContext(request: RequestContext): Promise<ProgrammesContext> {
  return { ...request, loaders: createProgrammesLoaders(request.dataSource) };
}
