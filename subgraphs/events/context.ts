import type { DataSource } from "typeorm";
import { createEventsLoaders, type EventsLoaders } from "./loaders";
import type { Principal } from "../shared/principal";

export interface EventsContext {
  dataSource: DataSource;
  loaders: EventsLoaders;
  principal: Principal | null;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createEventsContext(dataSource: DataSource): Promise<EventsContext> {
  return { dataSource, loaders: createEventsLoaders(dataSource), principal: null };
}
