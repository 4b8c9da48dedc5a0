import type { ApolloServerPlugin, GraphQLRequestListener } from "@apollo/server";
import { getNamedType, getNullableType, isListType, type GraphQLResolveInfo } from "graphql";
import { operationSignature } from "./operation-labels";
import { currentObservation, noteErrorCode, type Observation } from "./request";
import { endSpan, startChildSpan } from "./tracing";

/** Lists and connections: the fields whose resolvers are worth a span of their own. */
function isListField(info: GraphQLResolveInfo): boolean {
  return (
    isListType(getNullableType(info.returnType)) ||
    getNamedType(info.returnType).name.endsWith("Connection")
  );
}

/** A span per list field resolver; only asked for when the server is traced. */
function fieldSpans(observation: Observation) {
  return async () => ({
    willResolveField({ info }: { info: GraphQLResolveInfo }) {
      if (!isListField(info)) return;
      const span = startChildSpan(
        observation.observability.tracing,
        observation.trace,
        `resolve ${info.parentType.name}.${info.fieldName}`,
        { attributes: { "graphql.field.path": `${info.parentType.name}.${info.fieldName}` } },
      );
      return (error: Error | null) => endSpan(span, error ? error.message : undefined);
    },
  });
}

/**
 * Tells the request's observation (see request.ts) the operation's name and type and the codes
 * of the errors in the answer, after they were formatted (masked, limit codes restored). When
 * the server is traced it also opens a span around each list field's resolver; untraced, no
 * per-field hook is installed, so field resolution costs nothing extra.
 */
export function observabilityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const observation = currentObservation();
      if (!observation) return;
      observation.operationName = request.operationName ?? undefined;
      const listener: GraphQLRequestListener<never> = {
        async didResolveOperation({ operationName, operation, request, document }) {
          // A name the document does not define stays logged as asked (cut, see request.ts).
          observation.operationName = operationName ?? request.operationName ?? undefined;
          observation.operationType = operation?.operation;
          // The label is chosen here, where the document is at hand to tell one operation that
          // recurs from names made up request by request (operation-labels.ts).
          if (operationName)
            observation.operationLabel = observation.observability.metrics.operationLabel(
              operationName,
              () => operationSignature(document, operationName),
            );
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? [])
            noteErrorCode(observation, error.extensions?.code);
        },
      };
      if (observation.observability.tracing.tracer)
        listener.executionDidStart = fieldSpans(observation);
      return listener;
    },
  };
}
