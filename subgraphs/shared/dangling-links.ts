import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, responsePathAsArray, type GraphQLResolveInfo } from "graphql";

/**
 * The guard that keeps a list of linked records answering when one link dangles.
 *
 * A link row (an event's organiser) holds the id of a record another subgraph owns. Should it
 * name none (a row written while reads were not isolated, from a dry run's uncommitted
 * organisation; a database restored to an older copy), the gateway got null for
 * `Organization.name` behind `[Organization!]!`, and the null climbed to the nearest nullable
 * field: one bad link blanked `events(first: 100)` and `Region.events` for everyone. So such a list
 * is resolved where the linked records live (Event.organizers and SupportProgramme.partners in
 * the organizations subgraph, through `@requires` of the ids, at no extra request or statement),
 * and a link that names nothing is left out with a NOT_FOUND error naming it and its record. The
 * client keeps the rest of the list, its types stay as the contract says (no null items to
 * handle), and the error tells an operator what to repair.
 */

/** Errors a request's resolvers added beside its data, by the request's context. */
const sideErrors = new WeakMap<object, GraphQLError[]>();

/**
 * The records `ids` loaded (`records`, in the same order, null for an id that names none) that
 * exist; the missing ones are named in a NOT_FOUND error at the field's path (`what` names the
 * link: "organiser of event ev-1"). A load that failed is thrown.
 */
export function withoutDanglingLinks<T>(
  context: object,
  ids: readonly string[],
  records: readonly (T | null | Error)[],
  info: GraphQLResolveInfo,
  what: string,
): T[] {
  const failed = records.find((record): record is Error => record instanceof Error);
  if (failed) throw failed;
  const dangling = ids.filter((_, index) => records[index] === null);
  if (dangling.length) {
    const error = new GraphQLError(
      `No organisation ${dangling.join(", ")} exists; named as ${what}, left out of the list.`,
      { path: responsePathAsArray(info.path), extensions: { code: "NOT_FOUND", ids: dangling } },
    );
    sideErrors.set(context, [...(sideErrors.get(context) ?? []), error]);
  }
  return records.filter((record): record is T => record !== null && !(record instanceof Error));
}

/**
 * Adds the errors of `withoutDanglingLinks` to the response: GraphQL lets a resolver either
 * answer or fail, and a list that answers without one item must do both.
 */
export function danglingLinksPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const errors = sideErrors.get(contextValue);
          if (!errors || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...errors.map((error) => error.toJSON())];
        },
      };
    },
  };
}
