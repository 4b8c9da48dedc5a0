import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { MoreThan, LessThan } from "typeorm";
import type { ChangedEntity } from "../../subgraphs/shared/invalidation";
import { CacheInvalidationSchema } from "./entities";
import type { RegistryStore } from "./store";

/** How often a gateway reads the other replicas' invalidations (`RESPONSE_CACHE_POLL_MS`). */
export const DEFAULT_INVALIDATION_POLL_MS = 250;

/** How long an invalidation row is kept: far longer than any replica takes to read it. */
const KEEP_MS = 60_000;

/**
 * How far below the newest id read a poll looks again: on PostgreSQL ids are taken before
 * commit, so a row may become visible after one with a higher id (each is applied once).
 */
const LOOK_BACK = 64;

/** One write's report: the subgraph that made it and the records it changed. */
export interface Invalidation {
  subgraph: string;
  changes: ChangedEntity[];
}

/**
 * How gateway replicas tell each other of writes: each writes the records a mutation changed to
 * the registry database before answering it, and reads the others' every `pollMs`, so a write
 * acknowledged by one replica drops the cached answers of every other within `pollMs` (plus one
 * read of the table).
 */
export interface InvalidationFeed {
  /** Writes an invalidation for the other replicas; resolves once it is stored. */
  publish(invalidation: Invalidation): Promise<void>;
  /**
   * Reads the other replicas' invalidations every `pollMs`, handing each to `apply`; `unread`
   * is called when a read fails (what changed meanwhile is unknown).
   */
  subscribe(apply: (invalidation: Invalidation) => void, pollMs: number, unread: () => void): void;
  close(): void;
}

/** The feed in the registry's database (table `registry_invalidations`). */
export function registryInvalidationFeed(store: RegistryStore, logger: Logger): InvalidationFeed {
  const origin = randomUUID();
  const rows = store.dataSource.getRepository(CacheInvalidationSchema);
  let timer: NodeJS.Timeout | undefined;
  let lastPruned = 0;
  return {
    async publish(invalidation) {
      await rows.insert({
        origin,
        changes: JSON.stringify(invalidation),
        createdAt: new Date().toISOString(),
      });
    },
    subscribe(apply, pollMs, unread) {
      // Only what is written from now on: older writes are older than this gateway's cache.
      let last = rows
        .find({ select: { id: true }, order: { id: "DESC" }, take: 1 })
        .then((newest) => newest[0]?.id ?? 0);
      let busy = false;
      let applied = new Set<number>();
      const poll = async () => {
        const after = (await last) - LOOK_BACK;
        const found = await rows.find({ where: { id: MoreThan(after) }, order: { id: "ASC" } });
        for (const row of found) {
          if (applied.has(row.id!)) continue;
          if (row.origin !== origin) apply(JSON.parse(row.changes) as Invalidation);
          applied.add(row.id!);
        }
        if (found.length > 0) {
          const newest = found[found.length - 1].id!;
          last = Promise.resolve(newest);
          applied = new Set([...applied].filter((id) => id > newest - LOOK_BACK));
        }
        if (Date.now() - lastPruned > KEEP_MS) {
          lastPruned = Date.now();
          const before = new Date(Date.now() - KEEP_MS).toISOString();
          await rows.delete({ createdAt: LessThan(before) });
        }
      };
      timer = setInterval(() => {
        if (busy) return;
        busy = true;
        poll()
          .catch((error: Error) => {
            unread();
            logger.warn(
              { event: "invalidations_unread", error: error.message },
              "response cache: other replicas' writes not read; the cache is emptied",
            );
          })
          .finally(() => (busy = false));
      }, pollMs);
      timer.unref();
    },
    close: () => clearInterval(timer),
  };
}
