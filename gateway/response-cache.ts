import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContext,
} from "@apollo/server";
import { Kind, type FragmentDefinitionNode } from "graphql";
import { LRUCache } from "lru-cache";
import type { Logger } from "pino";
import type { ChangedEntity } from "../subgraphs/shared/invalidation";
import { answerTags, foreignFields, type ForeignFields } from "./answer-tags";
import type { GatewayContext } from "./auth";
import type { Invalidation, InvalidationFeed } from "./registry/invalidations";

/** The response cache's settings (`RESPONSE_CACHE_*`); off unless `ttlMs` is given. */
export interface ResponseCacheSettings {
  /** How long an answer is served from the cache at most, in milliseconds. */
  ttlMs: number;
  /** The most the cached answers may take, counted as the length of their JSON. */
  maxBytes: number;
  /** How often the other replicas' writes are read from the registry database. */
  pollMs: number;
}

/** Invalidations remembered to judge answers executed while they happened. */
const RECENT = 1000;

/** The header that says whether an answer came from the cache: `HIT` or `MISS`. */
export const CACHE_HEADER = "x-cache";

interface Cached {
  data: Record<string, unknown>;
  tags: string[];
}

/** The gateway's cache of whole answers to anonymous queries. */
export interface ResponseCache {
  plugin: ApolloServerPlugin;
  /**
   * Drops every cached answer a write may have changed, at once, and tells the other replicas;
   * the returned promise settles once they can read it.
   */
  invalidate(subgraph: string, changes: ChangedEntity[]): Promise<void>;
  /** A new supergraph: every answer is dropped, and who adds which fields is read again. */
  onSupergraph(supergraphSdl: string): void;
  /** Answers held now. */
  size(): number;
  close(): void;
}

/** The tags (answer-tags.ts) an invalidation drops. */
function tagsOf({ subgraph, changes }: Invalidation): string[] {
  const tags = [`@${subgraph}`];
  for (const { typename, id } of changes)
    tags.push(typename, id === undefined ? `${typename}#any` : `${typename}:${id}`);
  return tags;
}

/** True for a request with no credential: no Authorization header and no verified caller. */
function anonymous(context: GraphQLRequestContext<BaseContext>): boolean {
  const headers = context.request.http?.headers;
  return (
    (context.contextValue as GatewayContext).principal === null && !headers?.get("authorization")
  );
}

/**
 * Whole answers to anonymous queries, kept for `ttlMs` in an LRU of at most `maxBytes`, keyed by
 * the operation's text hash, its name and its variables. Never a signed-in caller's answer,
 * never a mutation's, never one with errors. Each answer is indexed by the records and types it
 * shows (answer-tags.ts), and a write's report drops every answer that shows what it changed.
 * An answer whose execution overlapped an invalidation of something it shows is not stored: it
 * may have been read before the write.
 */
export function createResponseCache(
  settings: ResponseCacheSettings,
  logger: Logger,
  feed?: InvalidationFeed,
): ResponseCache {
  const byTag = new Map<string, Set<string>>();
  const answers = new LRUCache<string, Cached>({
    ttl: settings.ttlMs,
    maxSize: settings.maxBytes,
    sizeCalculation: (_value, key) => key.length,
    dispose: (cached, key) => {
      for (const tag of cached.tags) {
        const keys = byTag.get(tag);
        keys?.delete(key);
        if (keys?.size === 0) byTag.delete(tag);
      }
    },
  });
  let foreign: ForeignFields = new Map();
  // Invalidations are numbered; the tags of the latest RECENT are kept, so an answer executed
  // while some happened is kept only if none of them touched it (an emptying touches all).
  let generation = 0;
  let recent: { generation: number; tags: Set<string> | "all" }[] = [];
  const note = (tags: Set<string> | "all") => {
    generation += 1;
    recent.push({ generation, tags });
    if (recent.length > 2 * RECENT) recent = recent.slice(-RECENT);
  };
  const touchedSince = (since: number, tags: string[]) => {
    if (since === generation) return false;
    if (!recent.length || recent[0].generation > since + 1) return true;
    return recent.some(
      (entry) =>
        entry.generation > since &&
        (entry.tags === "all" || tags.some((tag) => (entry.tags as Set<string>).has(tag))),
    );
  };
  const drop = (invalidation: Invalidation) => {
    const tags = tagsOf(invalidation);
    note(new Set(tags));
    for (const tag of tags) {
      const keys = byTag.get(tag);
      if (keys) for (const key of [...keys]) answers.delete(key);
    }
  };
  const clear = () => {
    note("all");
    answers.clear();
  };
  feed?.subscribe(drop, settings.pollMs, clear);
  const store = (key: string, since: number, context: GraphQLRequestContext<BaseContext>) => {
    const { response, schema, document, operation } = context;
    if (response.body?.kind !== "single") return;
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data || !operation) return;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document!.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments[definition.name.value] = definition;
    const tags = [...answerTags(schema, operation, fragments, data, foreign)];
    // Executed while a write it shows was reported: it may have been read before that write.
    if (touchedSince(since, tags)) return;
    const size = key.length + JSON.stringify(data).length;
    answers.set(key, { data, tags }, { size });
    if (!answers.has(key)) return;
    for (const tag of tags) {
      let keys = byTag.get(tag);
      if (!keys) byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  };
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      let miss: { key: string; generation: number } | undefined;
      return {
        async responseForOperation(context) {
          if (context.operation?.operation !== "query" || !anonymous(context)) return null;
          const { queryHash, request } = context;
          const key = `${queryHash}\n${request.operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}`;
          const hit = answers.get(key);
          if (!hit) {
            miss = { key, generation };
            return null;
          }
          return {
            body: { kind: "single", singleResult: { data: hit.data } },
            http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, "HIT"]]) },
          };
        },
        async willSendResponse(context) {
          // A mutation is answered once every cached answer it changed is dropped everywhere.
          const pending = (context.contextValue as GatewayContext).invalidations;
          if (pending) await Promise.all(pending);
          if (!miss) return;
          context.response.http.headers.set(CACHE_HEADER, "MISS");
          store(miss.key, miss.generation, context);
        },
      };
    },
  };
  return {
    plugin,
    invalidate(subgraph, changes) {
      const invalidation = { subgraph, changes };
      drop(invalidation);
      return (feed?.publish(invalidation) ?? Promise.resolve()).catch((error: Error) =>
        logger.warn(
          { event: "invalidation_unsent", error: error.message },
          "response cache: a write was not passed on to the other replicas",
        ),
      );
    },
    onSupergraph(supergraphSdl) {
      foreign = foreignFields(supergraphSdl);
      clear();
    },
    size: () => answers.size,
    close: () => feed?.close(),
  };
}
