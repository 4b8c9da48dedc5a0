import { EntitySchema } from "typeorm";

/** A subgraph the coordinator registered: where it runs, which centre owns it, its settings. */
export interface RegisteredSubgraph {
  name: string;
  url: string;
  /** The centre whose credential may publish it; "coordinator" for the network's own subgraphs. */
  owner: string;
  /** Its deadline per call in milliseconds; the gateway's default when null. */
  timeoutMs: number | null;
  /** Consecutive failures that open its circuit breaker; the gateway's default when null. */
  breakerFailures: number | null;
  registeredBy: string;
  registeredAt: string;
}

/** One published version of a subgraph's SDL. */
export interface SubgraphVersion {
  id?: number;
  subgraph: string;
  version: number;
  sdl: string;
  url: string;
  publishedBy: string;
  publishedAt: string;
}

/** One supergraph the network served, newest last: what every gateway serves is the newest. */
export interface SupergraphVersion {
  id?: number;
  sdl: string;
  hash: string;
  /** The version of each subgraph it was composed from, as JSON `{ name: version }`. */
  versions: string;
  /** Why it was composed: "publish consultations v2", "rollback events to v1". */
  cause: string;
  createdBy: string;
  createdAt: string;
}

/** An operation the gateways served, per client: what a check weighs a change against. */
export interface RecordedOperation {
  /** SHA-256 of signature hash and client, hex. */
  key: string;
  /** SHA-256 of the usage signature, hex. */
  hash: string;
  signature: string;
  name: string;
  /** The schema coordinates it uses, one per line. */
  coordinates: string;
  clientName: string;
  clientVersion: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

/**
 * Records changed through one gateway, written for the other replicas, which drop the cached
 * answers that show them (gateway/registry/invalidations.ts).
 */
export interface CacheInvalidation {
  id?: number;
  /** The gateway process that wrote it (it dropped its own answers already). */
  origin: string;
  /** JSON `{ subgraph, changes: [{ typename, id? }] }`. */
  changes: string;
  createdAt: string;
}

const at = { type: "varchar", length: 32 } as const;
const who = { type: "varchar", length: 128 } as const;

export const RegisteredSubgraphSchema = new EntitySchema<RegisteredSubgraph>({
  name: "RegisteredSubgraph",
  tableName: "registry_subgraphs",
  columns: {
    name: { type: "varchar", length: 64, primary: true },
    url: { type: "varchar", length: 2048 },
    owner: who,
    timeoutMs: { type: "integer", name: "timeout_ms", nullable: true },
    breakerFailures: { type: "integer", name: "breaker_failures", nullable: true },
    registeredBy: { ...who, name: "registered_by" },
    registeredAt: { ...at, name: "registered_at" },
  },
});

export const SubgraphVersionSchema = new EntitySchema<SubgraphVersion>({
  name: "SubgraphVersion",
  tableName: "registry_subgraph_versions",
  columns: {
    id: { type: "integer", primary: true, generated: "increment" },
    subgraph: { type: "varchar", length: 64 },
    version: { type: "integer" },
    sdl: { type: "text" },
    url: { type: "varchar", length: 2048 },
    publishedBy: { ...who, name: "published_by" },
    publishedAt: { ...at, name: "published_at" },
  },
  uniques: [{ name: "UQ_registry_subgraph_version", columns: ["subgraph", "version"] }],
});

export const SupergraphVersionSchema = new EntitySchema<SupergraphVersion>({
  name: "SupergraphVersion",
  tableName: "registry_supergraphs",
  columns: {
    id: { type: "integer", primary: true, generated: "increment" },
    sdl: { type: "text" },
    hash: { type: "varchar", length: 16 },
    versions: { type: "text" },
    cause: { type: "text" },
    createdBy: { ...who, name: "created_by" },
    createdAt: { ...at, name: "created_at" },
  },
});

export const RecordedOperationSchema = new EntitySchema<RecordedOperation>({
  name: "RecordedOperation",
  tableName: "registry_operations",
  columns: {
    key: { type: "varchar", length: 64, primary: true },
    hash: { type: "varchar", length: 64 },
    signature: { type: "text" },
    name: { type: "varchar", length: 256 },
    coordinates: { type: "text" },
    clientName: { ...who, name: "client_name" },
    clientVersion: { type: "varchar", length: 64, name: "client_version" },
    count: { type: "integer" },
    firstSeen: { ...at, name: "first_seen" },
    lastSeen: { ...at, name: "last_seen" },
  },
  indices: [{ name: "IDX_registry_operations_last_seen", columns: ["lastSeen"] }],
});

export const CacheInvalidationSchema = new EntitySchema<CacheInvalidation>({
  name: "CacheInvalidation",
  tableName: "registry_invalidations",
  columns: {
    id: { type: "integer", primary: true, generated: "increment" },
    origin: { type: "varchar", length: 64 },
    changes: { type: "text" },
    createdAt: { ...at, name: "created_at" },
  },
});

export const registryEntities = [
  CacheInvalidationSchema,
  RegisteredSubgraphSchema,
  SubgraphVersionSchema,
  SupergraphVersionSchema,
  RecordedOperationSchema,
];
