import type { MiddlewareFn } from "type-graphql";
import { requirePrincipal } from "./auth/guards";
import type { Principal } from "./auth/principal";
import type { RequestContext } from "./context";
import { codedError } from "./errors";

/**
 * What the network's coordinator may do in a subgraph one centre owns (one made with
 * `npm run subgraph:new`). Each subgraph states its choice in a constant, with its reasons.
 */
export interface CoordinatorRights {
  /** Create records in the owning centre's name. */
  create: boolean;
  /** Change the owning centre's records. */
  edit: boolean;
  /** Archive a record (it leaves lists, and is kept). */
  archive: boolean;
  /** Read the fields marked `ownerOnly`. */
  readPrivate: boolean;
}

/** Who writes in a centre's own subgraph: the owning centre, and the coordinator as stated. */
export interface CentreOwnership {
  /** The id of the owning resource centre (an organisation of the organizations subgraph). */
  owner: string;
  coordinator: CoordinatorRights;
}

/** The writes a centre's subgraph has, as CoordinatorRights names them. */
export type OwnedWrite = "create" | "edit" | "archive";

/**
 * Owner-only writes: UNAUTHENTICATED without a credential, then FORBIDDEN unless the caller is
 * the owning centre, or the coordinator for a write its rights allow. Any other centre, live
 * or not, is refused before anything is read or written. The ordinary write checks (a live
 * centre, a record's own owner; writes.ts) still run after this one.
 */
export function assertOwningCentre(
  principal: Principal | null,
  ownership: CentreOwnership,
  write: OwnedWrite,
  what: string,
): Principal {
  const caller = requirePrincipal(principal);
  if (caller.role === "coordinator") {
    if (ownership.coordinator[write]) return caller;
    throw codedError(
      "FORBIDDEN",
      `Only ${ownership.owner} may ${write} ${what} records: this subgraph does not let the coordinator ${write} them.`,
    );
  }
  if (caller.organizationId !== ownership.owner)
    throw codedError(
      "FORBIDDEN",
      `Only ${ownership.owner}, which owns this subgraph, may ${write} ${what} records; ${caller.organizationId} may not.`,
    );
  return caller;
}

/** Whether `principal` may read the owner-only fields of a record owned by `ownerId`. */
export function readsPrivate(
  principal: Principal | null,
  ownerId: string,
  coordinatorReads: boolean,
): boolean {
  if (!principal) return false;
  if (principal.role === "coordinator") return coordinatorReads;
  return principal.organizationId === ownerId;
}

/**
 * A field only the record's owner may read: `@UseMiddleware(ownerOnly(rights))` on a nullable
 * field of a record with an `ownerId`. Anyone else, anonymous callers included, reads null, not
 * an error: the field belongs to lists and pages everyone reads (Organization.<list>), and a
 * FORBIDDEN per row would turn every public page into a partial answer with errors, while
 * null says only "not yours". The coordinator reads it when `rights.readPrivate` says so. The
 * resolver behind it does not run for others, so nothing private is even loaded.
 */
export function ownerOnly(
  rights: Pick<CoordinatorRights, "readPrivate">,
): MiddlewareFn<RequestContext> {
  return ({ root, context }, next) => {
    const ownerId = (root as { ownerId?: unknown }).ownerId;
    if (
      typeof ownerId !== "string" ||
      !readsPrivate(context.principal, ownerId, rights.readPrivate)
    )
      return Promise.resolve(null);
    return next();
  };
}
