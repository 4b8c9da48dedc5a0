import { randomBytes } from "node:crypto";
import type { DataSource, EntityManager, EntityTarget } from "typeorm";
import { assertCanChange, ownerFor } from "./auth/guards";
import type { Principal } from "./auth/principal";
import { authorizeWrite } from "./auth/writer";
import type { RequestContext } from "./context";
import { writeFailure } from "./database-outage";
import { badUserInput, codedError } from "./errors";
import { findLocked, lockKey } from "./locks";
import { createdStamp, updatedStamp, type OwnedRecord } from "./owned-record";
import { serialized } from "./serial";

type Owned = OwnedRecord & { id: string };

/**
 * Runs `work` in one transaction, so either everything it writes is committed or nothing is.
 * On SQLite transactions take turns (serial.ts); on PostgreSQL they run at once, and the
 * checks inside take the locks of locks.ts. A database lost on the way fails it with
 * DATABASE_UNAVAILABLE: retryable before the commit (the transaction rolled back), not when
 * the connection went during the commit, whose outcome is unknown (database-outage.ts).
 */
export async function transaction<R>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<R>,
): Promise<R> {
  let committing = false;
  try {
    return await serialized(dataSource, () =>
      dataSource.transaction(async (manager) => {
        const result = await work(manager);
        committing = true;
        return result;
      }),
    );
  } catch (error) {
    throw writeFailure(error, committing);
  }
}

/**
 * Runs one mutation: the caller's credential must be accepted for writes (auth/writer.ts),
 * then `work` runs inside one transaction.
 */
export async function inTransaction<R>(
  context: RequestContext,
  work: (manager: EntityManager, principal: Principal) => Promise<R>,
): Promise<R> {
  const principal = await authorizeWrite(context);
  return transaction(context.dataSource, (manager) => work(manager, principal));
}

/**
 * A record to change, read with a row lock when `manager` is a transaction's: NOT_FOUND when
 * missing, FORBIDDEN unless the caller owns it, coordinates, or `alsoAllowed` says yes.
 */
export async function loadForChange<T extends Owned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  principal: Principal,
  alsoAllowed?: (record: T) => boolean,
): Promise<T> {
  const record = manager.queryRunner?.isTransactionActive
    ? await findLocked(manager, entity, { id } as never)
    : await manager.findOneBy(entity, { id } as never);
  if (!record) throw codedError("NOT_FOUND", `${what} ${JSON.stringify(id)} does not exist.`);
  if (!alsoAllowed?.(record)) assertCanChange(principal, record.ownerId, `${what} ${id}`);
  return record;
}

/** The audit columns for a record the principal creates. */
export function stampForCreate(principal: Principal) {
  return createdStamp(ownerFor(principal), principal.organizationId);
}

/** The entries of `changes` that are not undefined (undefined means "leave as it is"). */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** Applies the defined fields of `changes` and the audit columns, then saves. */
export async function saveChanges<T extends Owned>(
  manager: EntityManager,
  record: T,
  changes: Partial<T>,
  principal: Principal,
): Promise<T> {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (record as Record<string, unknown>)[key] = value;
  }
  Object.assign(record, updatedStamp(principal.organizationId));
  return manager.save(record);
}

/** How a create or update of one kind of record is carried out. */
export interface WritePlan<T> {
  /**
   * Checks that ask another subgraph over HTTP (the organisations a write links to exist and
   * consent). They run before the transaction: a database transaction cannot include another
   * service's answer, and holding one open (on SQLite, holding every write) while waiting for
   * it would let a slow subgraph stall this one.
   */
  remote?: (principal: Principal) => Promise<void>;
  /** Advisory locks (locks.ts `lockKey`) taken first in the transaction, before any read. */
  locks?: string[];
  /**
   * Validates the input against the database as it is inside the write's transaction (parent
   * links, cycles, archive state, ownership of what it links to) and returns the column
   * changes. `current` is the locked record being changed, or null for a create.
   */
  changes: (manager: EntityManager, current: T | null, principal: Principal) => Promise<Partial<T>>;
  /** The record's folded search text after the changes, for entities that have one. */
  searchText?: (record: T) => string;
  /** Rows written with the record in the same transaction, such as link rows. */
  links?: (manager: EntityManager, id: string) => Promise<void>;
}

async function takeLocks(manager: EntityManager, keys: string[] = []): Promise<void> {
  for (const key of keys) await lockKey(manager, key);
}

/**
 * Creates a record owned by the caller: an accepted credential, the remote checks, then one
 * transaction that validates against the database and writes the record and its links.
 */
export async function createOwned<T extends Owned>(
  context: RequestContext,
  entity: new () => T,
  id: string,
  defaults: Partial<T>,
  plan: WritePlan<T>,
): Promise<T> {
  const principal = await authorizeWrite(context);
  await plan.remote?.(principal);
  return transaction(context.dataSource, async (manager) => {
    await takeLocks(manager, plan.locks);
    const changes = await plan.changes(manager, null, principal);
    const record = Object.assign(new entity(), defaults, definedOnly(changes), {
      id,
      ...stampForCreate(principal),
    });
    if (plan.searchText) Object.assign(record, { searchText: plan.searchText(record) });
    const saved = await manager.save(record);
    await plan.links?.(manager, saved.id);
    return saved;
  });
}

/**
 * Changes a record: NOT_FOUND or FORBIDDEN before anything else (looked at once outside, so a
 * caller who may not change the record learns nothing more), the remote checks, then one
 * transaction that reads the record again under a row lock, validates and writes.
 */
export async function updateOwned<T extends Owned>(
  context: RequestContext,
  entity: new () => T,
  id: string,
  what: string,
  plan: WritePlan<T>,
): Promise<T> {
  const principal = await authorizeWrite(context);
  await loadForChange(context.dataSource.manager, entity, id, what, principal);
  await plan.remote?.(principal);
  return transaction(context.dataSource, async (manager) => {
    await takeLocks(manager, plan.locks);
    const record = await loadForChange(manager, entity, id, what, principal);
    const changes = await plan.changes(manager, record, principal);
    const merged = { ...record, ...definedOnly(changes) } as T;
    const search = plan.searchText ? { searchText: plan.searchText(merged) } : {};
    const saved = await saveChanges(
      manager,
      record,
      { ...changes, ...search } as Partial<T>,
      principal,
    );
    await plan.links?.(manager, id);
    return saved;
  });
}

/** What else an archive may do or allow. */
export interface ArchiveOptions<T> {
  /** Someone other than the owner and the coordinator who may archive this record. */
  alsoAllowed?: (record: T) => boolean;
  /** Writes in the same transaction, such as archiving the records that live under this one. */
  cascade?: (manager: EntityManager, record: T, principal: Principal) => Promise<void>;
}

/** Archives a record (idempotently): it leaves lists but is never deleted. */
export async function archive<T extends Owned>(
  context: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  options: ArchiveOptions<T> = {},
): Promise<T> {
  return inTransaction(context, async (manager, principal) => {
    const record = await loadForChange(manager, entity, id, what, principal, options.alsoAllowed);
    if (record.archivedAt !== null) return record;
    const now = new Date().toISOString();
    const saved = await saveChanges(manager, record, { archivedAt: now } as Partial<T>, principal);
    await options.cascade?.(manager, saved, principal);
    return saved;
  });
}

/** How a parent link is read and which parents are acceptable. */
export interface ParentRule<T> {
  field: string;
  what: string;
  /** The advisory lock every change of this table's hierarchy takes (see locks.ts). */
  lock: string;
  parentOf: (record: T) => string | null;
  accepts: (record: T) => boolean;
  expected: string;
}

/**
 * Checks a new parent link (a session's event, a centre's parent centre) inside the write's
 * transaction, which holds the rule's lock: the parent exists, is live and acceptable
 * (BAD_USER_INPUT), the caller may change it, since the link shows in the parent's own lists
 * (FORBIDDEN), and the link makes no cycle (BAD_USER_INPUT).
 */
export async function assertParentLink<T extends Owned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  parentId: string,
  selfId: string | undefined,
  principal: Principal,
  rule: ParentRule<T>,
): Promise<void> {
  const parent = await manager.findOneBy(entity, { id: parentId } as never);
  if (!parent || parent.archivedAt !== null || !rule.accepts(parent)) {
    throw badUserInput(rule.field, parentId, `Expected the id of ${rule.expected}.`);
  }
  assertCanChange(principal, parent.ownerId, `${rule.what} ${parentId}`);
  let ancestor: T | null = parent;
  for (let depth = 0; ancestor && depth < 100; depth += 1) {
    if (ancestor.id === selfId)
      throw badUserInput(rule.field, parentId, "It would make a cycle of parents.");
    const next = rule.parentOf(ancestor);
    ancestor = next ? await manager.findOneBy(entity, { id: next } as never) : null;
  }
}

/**
 * A new readable id: a prefix, the slug of a name in Latin letters, and a random tail of 64 bits.
 * A 32-bit tail collided within one 100,000-row register import (a birthday collision is likely
 * past about 77,000 ids); 64 bits keep the chance near 3 in 100 million for a million ids.
 */
export function newId(prefix: string, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 30);
  const tail = randomBytes(8).toString("hex");
  return [prefix, slug, tail].filter(Boolean).join("-");
}
