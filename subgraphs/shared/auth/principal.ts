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
  /**
   * The person or machine behind the credential (the identity provider's `sub`), when it is not
   * the organisation itself; a service token's subject is its organisation.
   */
  subject?: string;
  /** A person's display name, from the identity provider. */
  name?: string;
}

/** The owner id of records a coordinator creates without naming a centre. */
export const COORDINATOR_OWNER = "coordinator";
