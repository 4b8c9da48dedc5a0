import { codedError } from "../errors";
import { COORDINATOR_OWNER, type Principal } from "./principal";

/** The principal, or UNAUTHENTICATED: writes always need a credential. */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal)
    throw codedError(
      "UNAUTHENTICATED",
      "This operation needs a credential: send Authorization: Bearer <token>.",
    );
  return principal;
}

/** True when the principal may change a record owned by `ownerId`. */
export function canChange(principal: Principal | null, ownerId: string): boolean {
  if (!principal) return false;
  if (principal.role === "coordinator") return true;
  return ownerId !== COORDINATOR_OWNER && principal.organizationId === ownerId;
}

/** FORBIDDEN unless the principal owns the record or is the coordinator. */
export function assertCanChange(principal: Principal, ownerId: string, what: string): void {
  if (!canChange(principal, ownerId)) {
    throw codedError(
      "FORBIDDEN",
      `${what} belongs to ${ownerId}; ${principal.organizationId} may change only its own records.`,
    );
  }
}

/** The owner of a record the principal creates: its centre, or the coordinator. */
export function ownerFor(principal: Principal): string {
  return principal.organizationId || COORDINATOR_OWNER;
}
