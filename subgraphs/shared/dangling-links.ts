import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import DataLoader from "dataloader";
import { GraphQLError, responsePathAsArray, type GraphQLResolveInfo } from "graphql";
import { LRUCache } from "lru-cache";
import { distinct } from "./batch";
import type { ReferenceChecker } from "./organization-lookup";

/**
 * The guard that keeps a list of linked organisations answering when one link dangles.
 *
 * A link row (an event's organiser) holds the id of an organisation the organizations subgraph
 * owns. Should it name none (a row written before reads were isolated, from a dry run's
 * uncommitted organisation; a database restored to an older copy), the gateway would get null
 * for `Organization.name` behind `[Organization!]!`, and the null would climb to the nearest
 * nullable field: one bad link would blank `events(first: 100)` and `Region.events` for
 * everyone. The guard leaves such an id out of the list and adds a NOT_FOUND error naming it and
 * where it was, so the client keeps the rest of the list, its types stay as the contract says
 * (no null items to handle), and the error tells an operator what to repair.
 *
 * Checking costs one `_entities` request to the organizations subgraph per request, for ids not
 * seen before: an organisation is archived, never deleted, so an id once known stays known and
 * is remembered. When the organizations subgraph does not answer, links go unchecked (its own
 * fields fail at the gateway anyway) and are not checked again for BACKOFF_MS: a stalled
 * subgraph costs the requests of that moment one deadline, then nothing until the back-off ends.
 */

/** Organisation ids remembered as known, per subgraph process. */
const KNOWN_MAX = 20_000;
/** How long links go unchecked after the organizations subgraph failed to answer. */
const BACKOFF_MS = 5_000;

/** The organisations one subgraph has learnt exist, and whether it may ask now. */
class KnownOrganizations {
  private readonly known = new LRUCache<string, true>({ max: KNOWN_MAX });
  private quietUntil = 0;

  constructor(private readonly references: ReferenceChecker) {}

  /** Per id: false when the organizations subgraph says no such organisation exists. */
  async resolves(ids: readonly string[]): Promise<boolean[]> {
    const unknown = distinct(ids.filter((id) => !this.known.has(id)));
    if (unknown.length === 0 || Date.now() < this.quietUntil) return ids.map(() => true);
    let found: Set<string>;
    try {
      found = await this.references.knownOrganizations(unknown);
    } catch {
      this.quietUntil = Date.now() + BACKOFF_MS;
      return ids.map(() => true);
    }
    for (const id of found) this.known.set(id, true);
    return ids.map((id) => !unknown.includes(id) || found.has(id));
  }
}

const knownBy = new WeakMap<ReferenceChecker, KnownOrganizations>();

/**
 * A per-request loader: whether each organisation id resolves, asked in one request for all
 * ids of a tick (see KnownOrganizations for what is remembered between requests).
 */
export function organizationExistsLoader(
  references: ReferenceChecker,
): DataLoader<string, boolean> {
  let known = knownBy.get(references);
  if (!known) {
    known = new KnownOrganizations(references);
    knownBy.set(references, known);
  }
  const checker = known;
  return new DataLoader((ids) => checker.resolves(ids));
}

/** Errors a request's resolvers added beside its data, by the request's context. */
const sideErrors = new WeakMap<object, GraphQLError[]>();

/**
 * The linked ids that resolve, in order; the others are left out and named in a NOT_FOUND error
 * at the field's path (`what` names the link: "organiser of event ev-1").
 */
export async function withoutDanglingLinks(
  context: object,
  exists: DataLoader<string, boolean>,
  ids: string[],
  info: GraphQLResolveInfo,
  what: string,
): Promise<string[]> {
  const flags = await exists.loadMany(ids);
  const dangling = ids.filter((_, index) => flags[index] === false);
  if (dangling.length === 0) return ids;
  const error = new GraphQLError(
    `No organisation ${dangling.join(", ")} exists; named as ${what}, left out of the list.`,
    { path: responsePathAsArray(info.path), extensions: { code: "NOT_FOUND", ids: dangling } },
  );
  sideErrors.set(context, [...(sideErrors.get(context) ?? []), error]);
  return ids.filter((_, index) => flags[index] !== false);
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
