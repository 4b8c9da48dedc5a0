/** The roles a credential can carry. */
export type Role = "centre" | "coordinator";

/**
 * Who is calling, as a verified credential says. Anonymous callers have no principal (`null`):
 * they read public records and nothing else.
 */
export interface Principal {
  /** The organisation the credential names: the resource centre, or the coordinator's own id. */
  organizationId: string;
  role: Role;
}

/** The owner id of records a coordinator creates without naming a centre. */
export const COORDINATOR_OWNER = "coordinator";
