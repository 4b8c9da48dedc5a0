import { readPositiveInt, readString, type Env } from "../env";
import type { CacheSettings } from "../operation-cache";

/**
 * The operation limits one process enforces. The gateway and every subgraph read the same
 * variables, so a subgraph called directly refuses what the gateway would refuse.
 */
export interface LimitSettings {
  /** Deepest field nesting, counting the root field as 1 and every field below it. */
  maxDepth: number;
  /** Aliased fields in the operation, fragments included. */
  maxAliases: number;
  /** Fields selected at the root of the operation (each alias counts). */
  maxRootFields: number;
  /** Directives used in the operation (`@include`, `@skip`, ...). */
  maxDirectives: number;
  /** Lexical tokens in the document; the parser stops at the first one past the limit. */
  maxTokens: number;
  /** Estimated cost: every field 1, a list field its page size or size estimate times its children. */
  maxCost: number;
  /** Words in one text search (`filter.search`); each is a lookup in a word index. */
  maxSearchTerms: number;
  /** Size assumed for a list that takes no `first` and has no size of its own below. */
  listSize: number;
  /** Page size assumed for a paginated field called without `first` (the pagination default). */
  defaultPageSize: number;
  /** Hide "Did you mean …?" suggestions in error messages (production only). */
  hideSuggestions: boolean;
  /** The bounds of the per-operation caches (parsed documents, query plans). */
  caches: CacheSettings;
}

/**
 * The page size of a connection called without `first`: DEFAULT_PAGE_SIZE in ../pagination.ts,
 * repeated here because that module loads type-graphql, which the gateway has no use for (a
 * test keeps the two equal).
 */
export const PAGINATION_DEFAULT_PAGE_SIZE = 20;

/** Defaults, chosen with headroom over the measured operations (see the table in docs/running.md, Operation limits). */
export const LIMIT_DEFAULTS = {
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 20,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 50_000,
  maxSearchTerms: 8,
  listSize: 10,
} as const;

/**
 * Default cache bounds. 32 MiB of estimated live heap holds about 200 of the largest operations
 * the token limit lets through and thousands of a dashboard's; 1,000 entries bounds a flood of
 * tiny ones, whose bookkeeping the size estimate does not count.
 */
export const CACHE_DEFAULTS = {
  documentsMax: 1000,
  documentsMiB: 32,
  plansMax: 1000,
  plansMiB: 32,
} as const;

/**
 * Reads `LIMIT_MAX_DEPTH`, `LIMIT_MAX_ALIASES`, `LIMIT_MAX_ROOT_FIELDS`, `LIMIT_MAX_DIRECTIVES`,
 * `LIMIT_MAX_TOKENS`, `LIMIT_MAX_COST`, `LIMIT_MAX_SEARCH_TERMS`, `LIMIT_LIST_SIZE` and the cache bounds `CACHE_DOCUMENTS_MAX`,
 * `CACHE_DOCUMENTS_MIB`, `CACHE_PLANS_MAX`, `CACHE_PLANS_MIB` (positive whole numbers); a bad value
 * stops the process with a message naming the variable.
 */
export function loadLimitSettings(env: Env = process.env): LimitSettings {
  return {
    maxDepth: readPositiveInt(env, "LIMIT_MAX_DEPTH", LIMIT_DEFAULTS.maxDepth),
    maxAliases: readPositiveInt(env, "LIMIT_MAX_ALIASES", LIMIT_DEFAULTS.maxAliases),
    maxRootFields: readPositiveInt(env, "LIMIT_MAX_ROOT_FIELDS", LIMIT_DEFAULTS.maxRootFields),
    maxDirectives: readPositiveInt(env, "LIMIT_MAX_DIRECTIVES", LIMIT_DEFAULTS.maxDirectives),
    maxTokens: readPositiveInt(env, "LIMIT_MAX_TOKENS", LIMIT_DEFAULTS.maxTokens),
    maxCost: readPositiveInt(env, "LIMIT_MAX_COST", LIMIT_DEFAULTS.maxCost),
    maxSearchTerms: readPositiveInt(env, "LIMIT_MAX_SEARCH_TERMS", LIMIT_DEFAULTS.maxSearchTerms),
    listSize: readPositiveInt(env, "LIMIT_LIST_SIZE", LIMIT_DEFAULTS.listSize),
    defaultPageSize: PAGINATION_DEFAULT_PAGE_SIZE,
    hideSuggestions: readString(env, "NODE_ENV", "") === "production",
    caches: {
      documents: {
        maxEntries: readPositiveInt(env, "CACHE_DOCUMENTS_MAX", CACHE_DEFAULTS.documentsMax),
        maxMiB: readPositiveInt(env, "CACHE_DOCUMENTS_MIB", CACHE_DEFAULTS.documentsMiB),
      },
      plans: {
        maxEntries: readPositiveInt(env, "CACHE_PLANS_MAX", CACHE_DEFAULTS.plansMax),
        maxMiB: readPositiveInt(env, "CACHE_PLANS_MIB", CACHE_DEFAULTS.plansMiB),
      },
    },
  };
}
