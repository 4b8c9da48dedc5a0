import type { DataSource } from "typeorm";
import type { Principal } from "./auth/principal";
import type { ReferenceChecker } from "./organization-lookup";

/** What every subgraph's per-request context starts from. */
export interface RequestContext {
  dataSource: DataSource;
  /** The verified caller, or null for an anonymous one. */
  principal: Principal | null;
  references: ReferenceChecker;
  /**
   * The request's own `Authorization` header, for a write that must ask another subgraph to
   * write on the caller's behalf (the register import): that subgraph then checks the same
   * credential itself, so no trust passes between services.
   */
  authorization?: string;
  /** Where the organizations subgraph answers (the same URL the reference checks use). */
  organizationsUrl?: string;
}
