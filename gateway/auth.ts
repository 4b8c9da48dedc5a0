import type { IncomingMessage } from "node:http";
import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import type { AuthSettings } from "../subgraphs/shared/auth/settings";
import { principalFromHeaders } from "../subgraphs/shared/auth/tokens";
import type { Principal } from "../subgraphs/shared/auth/principal";
import { currentRequestId } from "../subgraphs/shared/request-id";

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
  /** This request's id, sent on to every subgraph so their log lines carry the same one. */
  requestId?: string;
}

/**
 * Verifies `Authorization: Bearer` at the edge, so a bad or expired credential is refused
 * with UNAUTHENTICATED before any subgraph is called.
 */
export function createGatewayContext(settings: AuthSettings) {
  return async (request: IncomingMessage): Promise<GatewayContext> => ({
    principal: principalFromHeaders(settings, request.headers),
    authorization: request.headers.authorization,
    requestId: currentRequestId(),
  });
}

/** Copies the caller's credential and the request's id onto a subgraph request. */
export function forwardCredential({
  request,
  context,
}: {
  request: GatewayGraphQLRequestContext["request"];
  context: Partial<GatewayContext>;
}): void {
  if (context.authorization) request.http?.headers.set("authorization", context.authorization);
  if (context.requestId) request.http?.headers.set("x-request-id", context.requestId);
}
