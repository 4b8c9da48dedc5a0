import { COORDINATOR_OWNER, type Principal } from "../../subgraphs/shared/auth/principal";
import type { CheckReport } from "./check";
import type { RegisteredSubgraph } from "./entities";

/** A refusal with the code and HTTP status the registry's routes answer with. */
export class RegistryError extends Error {
  constructor(
    readonly code:
      | "UNAUTHENTICATED"
      | "FORBIDDEN"
      | "BAD_USER_INPUT"
      | "NOT_FOUND"
      | "CHECK_FAILED"
      | "CONFLICT",
    message: string,
    readonly status: number,
    readonly report?: CheckReport,
  ) {
    super(message);
  }
}

/** Subgraph names as the gateway's variables spell them (`<NAME>_URL`): letters, digits, hyphens. */
export const NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** Who did it, as the registry records it. */
export function actor(principal: Principal): string {
  return principal.subject && principal.subject !== principal.organizationId
    ? `${principal.organizationId} (${principal.subject})`
    : principal.organizationId;
}

export function requireCaller(principal: Principal | null): Principal {
  if (!principal)
    throw new RegistryError(
      "UNAUTHENTICATED",
      "The registry needs a credential (Authorization: Bearer).",
      401,
    );
  return principal;
}

export function requireCoordinator(principal: Principal | null): Principal {
  const caller = requireCaller(principal);
  if (caller.role !== "coordinator")
    throw new RegistryError(
      "FORBIDDEN",
      "Only the coordinator registers subgraphs and their owners.",
      403,
    );
  return caller;
}

/** A subgraph's owner: its centre, or the coordinator for the network's own subgraphs. */
export function mayPublish(principal: Principal, subgraph: RegisteredSubgraph): boolean {
  return subgraph.owner === COORDINATOR_OWNER
    ? principal.role === "coordinator"
    : principal.role === "centre" && principal.organizationId === subgraph.owner;
}
