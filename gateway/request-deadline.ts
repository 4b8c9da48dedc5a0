import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from "@apollo/server-gateway-interface";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./auth";

/** How long one whole request may run in the gateway unless told otherwise, in milliseconds. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15000;

function requestTimeout(timeoutMs: number): GatewayExecutionResult {
  return {
    errors: [
      new GraphQLError(
        `The request did not complete within ${timeoutMs} ms and was abandoned; retry it later.`,
        { extensions: { code: "REQUEST_TIMEOUT", timeoutMs, http: { status: 504 } } },
      ),
    ],
  };
}

/**
 * Runs `executor` with a deadline: when it passes, the client is answered at once with
 * `REQUEST_TIMEOUT` (HTTP 504) instead of waiting, and the request's context is marked expired so
 * the rest of its plan calls no further subgraph (calls in flight end by their own deadline).
 * The cost per request is one promise and one timer, cleared when the plan completes.
 */
function withDeadline(executor: GatewayExecutor, timeoutMs: number): GatewayExecutor {
  return (requestContext: GatewayGraphQLRequestContext) =>
    new Promise<GatewayExecutionResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        (requestContext.context as GatewayContext).expired = true;
        resolve(requestTimeout(timeoutMs));
      }, timeoutMs);
      timer.unref();
      executor(requestContext).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
}

/**
 * The gateway as Apollo Server sees it, with a deadline of `timeoutMs` on each request's
 * execution (planning and every subgraph call). Apollo Server's plugins can observe execution
 * but not end it early, so the deadline wraps the executor the gateway hands to the server.
 */
export function withRequestDeadline(
  gateway: GatewayInterface,
  timeoutMs: number,
): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const { executor } = await gateway.load(options);
      return { executor: executor && withDeadline(executor, timeoutMs) };
    },
  };
}
