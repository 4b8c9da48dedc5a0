import type { DataSource } from "typeorm";
import { createProgrammesLoaders, type ProgrammesLoaders } from "./loaders";
import type { Principal } from "../shared/principal";

export interface ProgrammesContext {
  dataSource: DataSource;
  loaders: ProgrammesLoaders;
  principal: Principal | null;
}

/** The per-request context: new loaders for every request, never shared between requests. */
export async function createProgrammesContext(dataSource: DataSource): Promise<ProgrammesContext> {
  return { dataSource, loaders: createProgrammesLoaders(dataSource), principal: null };
}
