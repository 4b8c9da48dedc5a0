import type { DataSource } from "typeorm";
import { createOrganizationsLoaders, type OrganizationsLoaders } from "./loaders";
import type { Principal } from "../shared/principal";

export interface OrganizationsContext {
  dataSource: DataSource;
  loaders: OrganizationsLoaders;
  principal: Principal | null;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createOrganizationsContext(
  dataSource: DataSource,
): Promise<OrganizationsContext> {
  return { dataSource, loaders: createOrganizationsLoaders(dataSource), principal: null };
}
