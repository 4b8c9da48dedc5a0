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
   * A token for another subgraph on the caller's behalf, for a write that must ask it to write
   * (the register import): exchanged at the gateway for one whose audience is that subgraph
   * alone, which then checks it and its own rules itself. Absent for anonymous callers.
   */
  onBehalfOf?: (audience: string) => Promise<string>;
  /** Where the organizations subgraph answers (the same URL the reference checks use). */
  organizationsUrl?: string;
}
