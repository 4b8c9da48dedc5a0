import type { DataSource } from "typeorm";
import { createRegionsLoaders, type RegionsLoaders } from "./loaders";

export interface RegionsContext {
  dataSource: DataSource;
  loaders: RegionsLoaders;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createRegionsContext(dataSource: DataSource): Promise<RegionsContext> {
  return { dataSource, loaders: createRegionsLoaders(dataSource) };
}
