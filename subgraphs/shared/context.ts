import type { DataSource } from "typeorm";
import type { Principal } from "./auth/principal";
import type { ReferenceChecker } from "./organization-lookup";

/** What every subgraph's per-request context starts from. */
export interface RequestContext {
  dataSource: DataSource;
  /** The verified caller, or null for an anonymous one. */
  principal: Principal | null;
  references: ReferenceChecker;
}
