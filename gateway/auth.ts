import type { IncomingMessage } from "node:http";
import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import type { Principal } from "../subgraphs/shared/auth/principal";
import { codedError } from "../subgraphs/shared/errors";
import { currentRequestId } from "../subgraphs/shared/request-id";
import type { CallerVerifier } from "./edge-auth";
import type { TokenMinter } from "./minter";

/** The gateway's per-request context: the verified caller. */
export interface GatewayContext {
  principal: Principal | null;
  /**
   * Set when the request's deadline passes and its answer has been sent: the rest of its
   * query plan then calls no further subgraph.
   */
  expired?: boolean;
  /** This request's id, sent on to every subgraph so their log lines carry the same one. */
  requestId?: string;
  /**
   * The response cache's reports of this request's writes to the other gateway replicas
   * (response-cache.ts), awaited before the answer is sent.
   */
  invalidations?: Promise<void>[];
}

/**
 * Whether a centre is live (exists, is a resource centre, is not archived), asked of the
 * organizations subgraph and cached briefly; undefined when it cannot be told right now.
 */
export type LiveCentreCheck = (organizationId: string) => Promise<boolean | undefined>;

/**
 * Verifies the caller at the edge, so a bad, expired, future-dated or over-long credential is
 * refused with UNAUTHENTICATED before any subgraph is called, and so is a centre's credential
 * once the centre is archived or unknown (within the check's cache, 30 s). When the
 * organizations subgraph cannot answer, the request goes on: every protected field and every
 * write is checked again where it is served, against the same records.
 */
export function createGatewayContext(verify: CallerVerifier, liveCentre?: LiveCentreCheck) {
  return async (request: IncomingMessage): Promise<GatewayContext> => {
    const principal = await verify(request.headers);
    if (principal?.role === "centre" && liveCentre) {
      if ((await liveCentre(principal.organizationId)) === false)
        throw codedError(
          "UNAUTHENTICATED",
          `Invalid credential: it names ${JSON.stringify(principal.organizationId)}, which is not a live resource centre.`,
          401,
        );
    }
    return { principal, requestId: currentRequestId() };
  };
}

/**
 * Puts on a subgraph request a token minted for that subgraph alone, on the caller's behalf,
 * and the request's id. The caller's own credential never leaves the gateway; anonymous
 * callers' requests carry no token at all.
 */
export async function sendCredential(
  minter: TokenMinter,
  subgraph: string,
  {
    request,
    context,
  }: {
    request: GatewayGraphQLRequestContext["request"];
    context: Partial<GatewayContext>;
  },
): Promise<void> {
  const headers = request.http?.headers;
  if (!headers) return;
  if (context.principal)
    headers.set("authorization", `Bearer ${await minter.tokenFor(context.principal, subgraph)}`);
  if (context.requestId) headers.set("x-request-id", context.requestId);
}
