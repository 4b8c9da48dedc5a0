import { randomUUID } from "node:crypto";
import type { EntityManager, EntityTarget } from "typeorm";
import { assertCanChange, ownerFor, requirePrincipal } from "./auth/guards";
import type { Principal } from "./auth/principal";
import type { RequestContext } from "./context";
import { badUserInput, codedError } from "./errors";
import { createdStamp, updatedStamp, type OwnedRecord } from "./owned-record";
import { serialized } from "./serial";

type Owned = OwnedRecord & { id: string };

/**
 * Runs one mutation: the caller must hold a credential; `work` runs inside one transaction, so
 * either everything it writes is committed or nothing is.
 */
export async function inTransaction<R>(
  context: RequestContext,
  work: (manager: EntityManager, principal: Principal) => Promise<R>,
): Promise<R> {
  const principal = requirePrincipal(context.principal);
  const { dataSource } = context;
  return serialized(dataSource, () =>
    dataSource.transaction((manager) => work(manager, principal)),
  );
}

/** A record to change: NOT_FOUND when missing, FORBIDDEN unless the caller owns it or coordinates. */
export async function loadForChange<T extends Owned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  principal: Principal,
): Promise<T> {
  const record = await manager.findOneBy(entity, { id } as never);
  if (!record) throw codedError("NOT_FOUND", `${what} ${JSON.stringify(id)} does not exist.`);
  assertCanChange(principal, record.ownerId, `${what} ${id}`);
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
  /** Validates the input (references included) and returns the column changes; runs before the transaction. */
  changes: (current: T | null) => Promise<Partial<T>>;
  /** The record's folded search text after the changes, for entities that have one. */
  searchText?: (record: T) => string;
  /** Rows written with the record in the same transaction, such as link rows. */
  links?: (manager: EntityManager, id: string) => Promise<void>;
}

/**
 * Creates a record owned by the caller: checks the credential, validates (outside the
 * transaction, since it may ask another subgraph), then writes the record and its links in one
 * transaction.
 */
export async function createOwned<T extends Owned>(
  context: RequestContext,
  entity: new () => T,
  id: string,
  defaults: Partial<T>,
  plan: WritePlan<T>,
): Promise<T> {
  requirePrincipal(context.principal);
  const changes = await plan.changes(null);
  return inTransaction(context, async (manager, principal) => {
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
 * Changes a record: NOT_FOUND or FORBIDDEN before anything else, then validation, then the
 * record and its links in one transaction.
 */
export async function updateOwned<T extends Owned>(
  context: RequestContext,
  entity: new () => T,
  id: string,
  what: string,
  plan: WritePlan<T>,
): Promise<T> {
  const principal = requirePrincipal(context.principal);
  const current = await loadForChange(context.dataSource.manager, entity, id, what, principal);
  const changes = await plan.changes(current);
  return inTransaction(context, async (manager) => {
    const record = await loadForChange(manager, entity, id, what, principal);
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

/** Archives a record (idempotently): it leaves lists but is never deleted. */
export async function archive<T extends Owned>(
  context: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  return inTransaction(context, async (manager, principal) => {
    const record = await loadForChange(manager, entity, id, what, principal);
    if (record.archivedAt !== null) return record;
    const now = new Date().toISOString();
    return saveChanges(manager, record, { archivedAt: now } as Partial<T>, principal);
  });
}

/** BAD_USER_INPUT naming each id, of those given, that no live organisation has. */
export async function assertOrganizationsExist(
  context: RequestContext,
  field: string,
  ids: (string | null | undefined)[],
): Promise<void> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const missing = await context.references.missingOrganizations(wanted);
  if (missing.length)
    throw badUserInput(field, missing.length === 1 ? missing[0] : missing, "No such organisation.");
}

/** How a parent link is read and which parents are acceptable. */
export interface ParentRule<T> {
  field: string;
  what: string;
  parentOf: (record: T) => string | null;
  accepts: (record: T) => boolean;
  expected: string;
}

/**
 * Checks a new parent link (a session's event, a centre's parent centre): the parent exists,
 * is live and acceptable (BAD_USER_INPUT), the caller may change it, since the link shows in
 * the parent's own lists (FORBIDDEN), and the link makes no cycle (BAD_USER_INPUT).
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

/** A new readable id: a prefix, the slug of a name in Latin letters, and a random tail. */
export function newId(prefix: string, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 30);
  const tail = randomUUID().slice(0, 8);
  return [prefix, slug, tail].filter(Boolean).join("-");
}
