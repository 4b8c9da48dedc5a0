import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode } from "graphql";
import { quoteValue } from "./errors";

/**
 * graphql-js's words for a document whose operation cannot be chosen, as the GraphQL spec's
 * GetOperation names the two cases: an `operationName` the document does not define, or no
 * name for a document with several operations. The name is quoted cut (quoteValue), so a
 * 900 kB name is not echoed back whole.
 */
function resolutionMessage(document: DocumentNode, operationName: string | undefined): string {
  if (operationName) return `Unknown operation named ${quoteValue(operationName)}.`;
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.length > 1
    ? "Must provide operation name if query contains multiple operations."
    : "Must provide an operation.";
}

/**
 * Answers a request whose operation cannot be resolved with HTTP 400 and
 * OPERATION_RESOLUTION_FAILURE, before execution. A subgraph's Apollo Server already answers so
 * (graphql-js's execute reports it), but the gateway's executor throws it from query planning
 * as an INVALID_GRAPHQL error without `http`, which Apollo turned into a masked 500 with an
 * error log line and a stack. Refused here, gateway and subgraphs give the same answer, and the
 * request is logged once, at info, like any other refused request.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          throw new GraphQLError(resolutionMessage(document, request.operationName), {
            extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } },
          });
        },
      };
    },
  };
}
