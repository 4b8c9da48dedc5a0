import { GraphQLError } from "graphql";
import { LRUCache } from "lru-cache";
import { relayChanges } from "./invalidation";

/** What a write needs to know of an organisation another subgraph owns. */
export interface OrganizationFacts {
  id: string;
  kind: string;
  /** The centre that owns the organisation's record, or `coordinator`. */
  ownerId: string;
  /** Centres the owner allows to name the organisation as operator or recipient. */
  consentedCentreIds: string[];
}

/** Checks records other subgraphs own before a write links to them. */
export interface ReferenceChecker {
  /** The live (unarchived) organisations among `ids`, by id; missing and archived ones are absent. */
  liveOrganizations(ids: string[]): Promise<Map<string, OrganizationFacts>>;
  /** Whether `id` names a live resource centre: the only subjects whose credentials may write. */
  isLiveCentre(id: string): Promise<boolean>;
}

/** How long a credential's subject stays known to be (or not to be) a live centre. */
export interface CentreCacheOptions {
  ttlMs: number;
  max: number;
}

// The checker asks anonymously. `__resolveReference` hides archived organisations from anonymous
// callers (it returns only their identity with `archivedAt` set), and an archived organisation
// is no more acceptable to a write than a missing one, so asking anonymously loses nothing and
// no credential ever travels between subgraphs.
const ORGANIZATION_REFERENCES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Organization { id kind ownerId archivedAt consentedCentreIds }
  }
}`;

type Entity = (OrganizationFacts & { archivedAt: string | null }) | null;

function unreachable(doing: string, error: Error, timeoutMs: number): GraphQLError {
  if (error.name === "TimeoutError") {
    return new GraphQLError(
      `Cannot ${doing}: the organizations subgraph did not answer within ${timeoutMs} ms.`,
      { extensions: { code: "SUBGRAPH_TIMEOUT", serviceName: "organizations" } },
    );
  }
  return new GraphQLError(
    `Cannot ${doing}: the organizations subgraph is unavailable (${error.message}).`,
    { extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "organizations" } },
  );
}

/** One GraphQL request from a subgraph to the organizations subgraph. */
export interface OrganizationsCall {
  /** What the call is for, in the errors: "check organisations". */
  doing: string;
  query: string;
  variables: Record<string, unknown>;
  timeoutMs: number;
  /** The caller's credential, passed on; absent for anonymous look-ups. */
  authorization?: string;
}

/**
 * Posts one operation to the organizations subgraph within the deadline, which covers the body
 * too (a subgraph that sends headers and then stalls is as stuck as one that never answers).
 * No answer is SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE naming organizations; the GraphQL
 * body, errors included, is the caller's to read.
 */
export async function callOrganizations<T>(
  url: string,
  call: OrganizationsCall,
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(call.authorization ? { authorization: call.authorization } : {}),
      },
      body: JSON.stringify({ query: call.query, variables: call.variables }),
      signal: AbortSignal.timeout(call.timeoutMs),
    });
    const body = (await response.json()) as { data?: T; extensions?: { invalidate?: unknown } };
    // A write made there for this request is reported with this subgraph's own (invalidation.ts).
    relayChanges(body.extensions?.invalidate);
    return body;
  } catch (error) {
    throw unreachable(call.doing, error as Error, call.timeoutMs);
  }
}

/** One `_entities` request for all ids, within the deadline; refused, never guessed, on failure. */
async function fetchEntities(url: string, ids: string[], timeoutMs: number): Promise<Entity[]> {
  const body = await callOrganizations<{ _entities: Entity[] }>(url, {
    doing: "check organisations",
    query: ORGANIZATION_REFERENCES,
    variables: { representations: ids.map((id) => ({ __typename: "Organization", id })) },
    timeoutMs,
  });
  if (!body.data)
    throw new GraphQLError(`Cannot check organisations: ${JSON.stringify(body.errors)}`, {
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "organizations" },
    });
  return body.data._entities;
}

/**
 * Asks the organizations subgraph, over HTTP, about the organisations a write names: one
 * `_entities` request per write, with a deadline of `timeoutMs` (SUBGRAPH_TIMEOUT naming
 * organizations when it passes). Whether a credential's subject is a live centre is cached for
 * a short while, since every write asks it; links are always checked afresh.
 */
export function httpReferenceChecker(
  organizationsUrl: string,
  timeoutMs: number,
  centres: CentreCacheOptions = { ttlMs: 30_000, max: 1000 },
): ReferenceChecker {
  async function liveOrganizations(ids: string[]) {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map<string, OrganizationFacts>();
    const entities = await fetchEntities(organizationsUrl, unique, timeoutMs);
    const live = new Map<string, OrganizationFacts>();
    for (const entity of entities) {
      if (entity && entity.archivedAt === null) {
        const { archivedAt: _archived, ...facts } = entity;
        live.set(entity.id, facts);
      }
    }
    return live;
  }
  // lru-cache bounds the entries and expires them; its fetchMethod also folds concurrent
  // look-ups of one subject into one request. A failed look-up is not cached.
  const cache = new LRUCache<string, { centre: boolean }>({
    max: centres.max,
    ttl: centres.ttlMs,
    fetchMethod: async (id) => {
      const facts = (await liveOrganizations([id])).get(id);
      return { centre: facts?.kind === "RESOURCE_CENTRE" };
    },
  });
  return {
    liveOrganizations,
    isLiveCentre: async (id) => Boolean((await cache.fetch(id))?.centre),
  };
}
