import type DataLoader from "dataloader";
import type { RequestContext } from "../shared/context";
import { organizationExistsLoader } from "../shared/dangling-links";
import { createEventsLoaders, type EventsLoaders } from "./loaders";

export interface EventsContext extends RequestContext {
  loaders: EventsLoaders;
  /** Whether an organiser id resolves, so a dangling one is left out (dangling-links.ts). */
  organizationExists: DataLoader<string, boolean>;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createEventsContext(request: RequestContext): Promise<EventsContext> {
  return {
    ...request,
    loaders: createEventsLoaders(request.dataSource),
    organizationExists: organizationExistsLoader(request.references),
  };
}
