import { createHash } from "node:crypto";
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from "@apollo/server";
import { usageReportingSignature } from "@apollo/utils.usagereporting";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import { schemaCoordinates } from "./coordinates";
import { documentMemo } from "../../subgraphs/shared/document-memo";
import type { RegistryStore, UsageDelta } from "./store";

/** How usage is kept: flushed in batches, bounded in memory and in the store. */
export interface UsageSettings {
  /** How often counted usage is written to the store (`USAGE_FLUSH_MS`, 5000). */
  flushMs: number;
  /** Distinct operations and clients counted between flushes; more are dropped (1000). */
  maxPending: number;
  /** Operations the store keeps, the most recently seen (`USAGE_MAX_OPERATIONS`, 10000). */
  maxOperations: number;
  /** Days an operation is kept after it was last seen (`USAGE_RETENTION_DAYS`, 90). */
  retentionDays: number;
}

export const DEFAULT_USAGE_SETTINGS: UsageSettings = {
  flushMs: 5000,
  maxPending: 1000,
  maxOperations: 10_000,
  retentionDays: 90,
};

/** What one parsed document is, computed once per document the operation cache holds. */
interface Described {
  name: string;
  hash: string;
  signature: string;
  coordinates: string;
}

/** A counted entry between flushes; its time is kept as a number and written as text at flush. */
type Pending = Omit<UsageDelta, "lastSeen"> & { lastSeenMs: number };

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A header's value cut to a length, or a default when absent. */
function header(value: string | undefined, max: number, fallback: string): string {
  return value ? value.slice(0, max) : fallback;
}

/** Records the operations a gateway serves, off the request path. */
export interface UsageRecorder {
  plugin: ApolloServerPlugin;
  /** Writes what was counted so far (also done every `flushMs`). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Counts each operation the gateway resolves, per client (Apollo's `apollographql-client-name`
 * and `-version` headers): its usage signature (Apollo's normalisation: literals stripped,
 * fields sorted) and that signature's hash, the schema coordinates it uses, and when it was
 * seen. The request path does a map look-up and an increment: the signature and coordinates of
 * a document are computed once (documents come from the gateway's operation cache, so the same
 * text is the same object) and the counts are written every `flushMs` in one transaction.
 */
export function createUsageRecorder(
  store: RegistryStore,
  settings: UsageSettings,
  logger: Logger,
): UsageRecorder {
  const described = documentMemo<Described>(8);
  let pending = new Map<string, Pending>();
  let dropped = 0;
  const describe = (document: DocumentNode, schema: GraphQLSchema, name: string | null) =>
    described.get(document, schema, name ?? "", () => {
      const signature = usageReportingSignature(document, name ?? "");
      return {
        name: name ?? "(anonymous)",
        signature,
        hash: sha256(signature),
        coordinates: schemaCoordinates(schema, document).join("\n"),
      };
    });
  const count = (operation: Described, clientName: string, clientVersion: string) => {
    const id = `${operation.hash}\n${clientName}\n${clientVersion}`;
    const entry = pending.get(id);
    // Date.now() rather than an ISO string per request: formatting a date costs more than the
    // rest of the count, and only the latest time of each entry is ever written.
    const now = Date.now();
    if (entry) {
      entry.count += 1;
      entry.lastSeenMs = now;
      return;
    }
    if (pending.size >= settings.maxPending) {
      dropped += 1;
      return;
    }
    pending.set(id, {
      key: sha256(id),
      hash: operation.hash,
      signature: operation.signature,
      name: operation.name.slice(0, 256),
      coordinates: operation.coordinates,
      clientName,
      clientVersion,
      count: 1,
      lastSeenMs: now,
    });
  };
  let flushing = Promise.resolve();
  const flush = () => {
    const batch: UsageDelta[] = [...pending.values()].map(({ lastSeenMs, ...delta }) => ({
      ...delta,
      lastSeen: new Date(lastSeenMs).toISOString(),
    }));
    pending = new Map();
    if (dropped > 0)
      logger.warn(
        { event: "usage_dropped", dropped },
        `usage: ${dropped} operation(s) not counted`,
      );
    dropped = 0;
    const before = new Date(Date.now() - settings.retentionDays * 86_400_000).toISOString();
    flushing = flushing
      .then(() => store.recordUsage(batch))
      .then(() => store.pruneUsage(before, settings.maxOperations))
      .catch((error: Error) =>
        logger.warn({ event: "usage_flush_failed", error: error.message }, "usage not recorded"),
      );
    return flushing;
  };
  const timer = setInterval(() => void flush(), settings.flushMs);
  timer.unref();
  // One listener serves every request: nothing is allocated per request beyond the count.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ document, operationName, schema, request }) {
      const headers = request.http?.headers;
      count(
        describe(document, schema, operationName ?? null),
        header(headers?.get("apollographql-client-name"), 128, "unknown"),
        header(headers?.get("apollographql-client-version"), 64, ""),
      );
    },
  };
  return {
    plugin: { requestDidStart: async () => listener },
    flush,
    stop: async () => {
      clearInterval(timer);
      await flush();
    },
  };
}
