import type { RequestContext } from "../shared/context";
import { createEventsLoaders, type EventsLoaders } from "./loaders";

export interface EventsContext extends RequestContext {
  loaders: EventsLoaders;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createEventsContext(request: RequestContext): Promise<EventsContext> {
  return { ...request, loaders: createEventsLoaders(request.dataSource) };
}
