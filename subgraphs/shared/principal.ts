/**
 * Who is calling. Until credentials are configured every caller is anonymous (`null`), so
 * protected data is never returned.
 */
export interface Principal {
  /** The resource centre (an Organization id) the credential names. */
  organizationId: string;
  role: "centre" | "coordinator";
}
