import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, Kind, type SelectionSetNode } from "graphql";
import type { Principal } from "./auth/principal";

/** Whether a selection set asks for `_service` at its top, through fragments too. */
function selectsService(
  selectionSet: SelectionSetNode,
  fragments: Record<string, SelectionSetNode>,
): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === "_service";
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selectsService(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? selectsService(fragment, fragments) : false;
  });
}

/**
 * With introspection off (production), a subgraph's own SDL (`_service { sdl }`) is as telling
 * as introspection, so it is answered only to the network's coordinator: the publish and check
 * commands run with the coordinator's credential, through a token the gateway minted for this
 * subgraph. The gateway itself never asks (it serves a composed supergraph). Anyone else gets
 * FORBIDDEN before anything runs.
 */
export function serviceSdlGuard(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || operation.operation !== "query") return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((definition) => [definition.name.value, definition.selectionSet]),
          );
          if (!selectsService(operation.selectionSet, fragments)) return;
          const principal = (contextValue as { principal?: Principal | null }).principal;
          if (principal?.role === "coordinator") return;
          throw new GraphQLError(
            "_service is answered only to the network's coordinator while introspection is off.",
            { extensions: { code: "FORBIDDEN", http: { status: 403 } } },
          );
        },
      };
    },
  };
}
