import type { RequestContext } from "../context";
import { codedError } from "../errors";
import { requirePrincipal } from "./guards";
import type { Principal } from "./principal";

/**
 * The principal of a write. A valid signature is not enough: a centre's credential writes only
 * while its subject is an existing, live resource centre (kind RESOURCE_CENTRE), as the
 * organizations subgraph says (asked over HTTP and cached briefly by the other subgraphs, read
 * locally by the organizations subgraph itself). A token for an unknown organisation, an
 * archived one or one of another kind is authentic but grants nothing: FORBIDDEN, nothing
 * written. The coordinator's credential needs no such check.
 */
export async function authorizeWrite(context: RequestContext): Promise<Principal> {
  const principal = requirePrincipal(context.principal);
  if (principal.role === "coordinator") return principal;
  if (!(await context.references.isLiveCentre(principal.organizationId))) {
    throw codedError(
      "FORBIDDEN",
      `The credential names ${JSON.stringify(principal.organizationId)}, which is not a live resource centre: it cannot write.`,
    );
  }
  return principal;
}
