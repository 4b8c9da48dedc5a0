import type { DocumentNode } from "graphql";
import { LRUCache } from "lru-cache";

/** How much one per-operation cache may hold: both bounds apply, the first reached evicts. */
export interface CacheBound {
  /** Most entries kept. */
  maxEntries: number;
  /** Most live heap the entries are estimated to hold, in MiB. */
  maxMiB: number;
}

/**
 * Live heap of a parsed document per character of its source, measured with
 * `process.memoryUsage().heapUsed` around 1,000 parsed 1.9 KB operations (eight aliased `region`
 * lookups with nested lists): 153 KB each, 79 bytes per character. graphql-js keeps every token
 * of the source (a linked list reachable from each node's `loc`) besides the nodes; Apollo's own
 * estimate, the length of the document as JSON, counted 39 KB of those 153, which is how a cache
 * "of 30 MiB" held 127 MiB.
 */
export const DOCUMENT_BYTES_PER_CHAR = 80;
/** Live heap of a query plan per byte of its JSON, measured the same way over 300 plans: 10.9. */
export const PLAN_BYTES_PER_JSON_BYTE = 11;

/**
 * A per-operation cache (parsed documents, query plans, persisted query texts) bounded by entries
 * and by an estimate of the live heap its entries hold, least recently used out first. It has the
 * shape of Apollo's KeyValueCache, so Apollo Server takes it as `documentStore` and as the
 * persisted queries' `cache`, and @apollo/gateway as `queryPlannerConfig.cache`. The store is
 * lru-cache, which Apollo's own InMemoryLRUCache wraps too; only the sizes differ: Apollo
 * estimates an entry by its JSON length, several times less than the heap it holds.
 */
export class OperationCache<V extends object | string> {
  private readonly lru: LRUCache<string, V>;

  constructor(
    readonly name: string,
    readonly bound: CacheBound,
    /** The estimated live heap of one entry, in bytes. */
    sizeOf: (value: V) => number,
  ) {
    this.lru = new LRUCache<string, V>({
      max: bound.maxEntries,
      maxSize: bound.maxMiB * 2 ** 20,
      // At least 1: lru-cache refuses a size of 0.
      sizeCalculation: (value) => Math.max(1, Math.ceil(sizeOf(value))),
    });
  }

  async get(key: string): Promise<V | undefined> {
    return this.lru.get(key);
  }

  async set(key: string, value: V, options?: { ttl?: number | null }): Promise<void> {
    // Apollo's ttl is in seconds (persisted queries may pass one); lru-cache's in milliseconds.
    const ttl = options?.ttl ? options.ttl * 1000 : undefined;
    this.lru.set(key, value, ttl ? { ttl } : undefined);
  }

  async delete(key: string): Promise<boolean> {
    return this.lru.delete(key);
  }

  clear(): void {
    this.lru.clear();
  }

  /** Entries held now. */
  get entries(): number {
    return this.lru.size;
  }

  /** The estimated live heap of the entries held now, in bytes. */
  get estimatedBytes(): number {
    return this.lru.calculatedSize;
  }
}

/** The estimated live heap of a parsed document: its source's length, or its JSON's. */
export function documentSize(document: DocumentNode): number {
  const sourceLength = document.loc?.end ?? JSON.stringify(document).length / 4;
  return sourceLength * DOCUMENT_BYTES_PER_CHAR;
}

/** The estimated live heap of a query plan, from its JSON's length. */
export function planSize(plan: object): number {
  return Buffer.byteLength(JSON.stringify(plan)) * PLAN_BYTES_PER_JSON_BYTE;
}

/** A string's heap: two bytes a character at most (V8 keeps Cyrillic text as UTF-16). */
export function textSize(text: string): number {
  return 2 * text.length + 64;
}

/** The bounds of a process's per-operation caches (`CACHE_*`; see limits/config.ts). */
export interface CacheSettings {
  /** Parsed and validated documents, by query hash (Apollo Server's `documentStore`). */
  documents: CacheBound;
  /** The gateway's query plans, by query hash and operation name (unused in a subgraph). */
  plans: CacheBound;
}

/** A process's per-operation caches; persisted query texts share the documents' bound. */
export interface OperationCaches<Plan extends object = object> {
  documents: OperationCache<DocumentNode>;
  persistedQueries: OperationCache<string>;
  plans: OperationCache<Plan>;
}

/**
 * Creates the per-operation caches of one server. Every cache that grows with the number of
 * distinct operations a client sends is one of these: a flood of distinct operations evicts
 * older entries instead of growing the heap.
 */
export function createOperationCaches<Plan extends object = object>(
  settings: CacheSettings,
): OperationCaches<Plan> {
  return {
    documents: new OperationCache("documents", settings.documents, documentSize),
    persistedQueries: new OperationCache("persisted queries", settings.documents, textSize),
    plans: new OperationCache<Plan>("plans", settings.plans, planSize),
  };
}
