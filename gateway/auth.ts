import type { IncomingMessage } from "node:http";
import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import type { AuthSettings } from "../subgraphs/shared/auth/settings";
import { principalFromHeaders } from "../subgraphs/shared/auth/tokens";
import type { Principal } from "../subgraphs/shared/auth/principal";

/** The gateway's per-request context: the verified caller and the credential to pass on. */
export interface GatewayContext {
  principal: Principal | null;
  /** The caller's `Authorization` header, forwarded unchanged so each subgraph verifies it again. */
  authorization?: string;
  /**
   * Set when the request's deadline passes and its answer has been sent: the rest of its
   * query plan then calls no further subgraph.
   */
  expired?: boolean;
}

/**
 * Verifies `Authorization: Bearer` at the edge, so a bad or expired credential is refused
 * with UNAUTHENTICATED before any subgraph is called.
 */
export function createGatewayContext(settings: AuthSettings) {
  return async (request: IncomingMessage): Promise<GatewayContext> => ({
    principal: principalFromHeaders(settings, request.headers),
    authorization: request.headers.authorization,
  });
}

/** Copies the caller's credential onto a subgraph request. */
export function forwardCredential({
  request,
  context,
}: {
  request: GatewayGraphQLRequestContext["request"];
  context: Partial<GatewayContext>;
}): void {
  if (context.authorization) request.http?.headers.set("authorization", context.authorization);
}
