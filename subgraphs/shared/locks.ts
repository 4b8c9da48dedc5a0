import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";

/**
 * Locks that make the checks of a write hold until it commits.
 *
 * On SQLite nothing is needed: transactions take turns (see serial.ts), so a check made inside
 * one sees every earlier write and no later one can interleave. On PostgreSQL (READ COMMITTED)
 * two transactions run at once and each sees the other's changes only after it commits, so a
 * check inside a transaction can still be invalidated by a concurrent one: these locks close
 * that gap.
 */
function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === "postgres";
}

/**
 * Takes a transaction-scoped advisory lock named `key` (PostgreSQL; a no-op on SQLite), held
 * until the transaction ends. Parent-link changes of one table take one such lock, because the
 * rows a cycle check reads (the new parent's chain of ancestors) are known only while it reads
 * them: two writers locking chain rows as they go (A->B and B->A) would lock them in opposite
 * orders and deadlock. One lock per table is deadlock-free, and hierarchy changes are rare
 * enough that taking turns costs nothing measurable. It must be taken before the write reads
 * anything the check depends on: under READ COMMITTED each later statement then sees the
 * previous holder's committed changes.
 */
export async function lockKey(manager: EntityManager, key: string): Promise<void> {
  if (isPostgres(manager)) await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [key]);
}

/**
 * Reads one row and locks it for the rest of the transaction (PostgreSQL: `FOR UPDATE`, or
 * `FOR SHARE` when `shared`, waiting for a concurrent writer of the row to commit and then
 * reading its committed version). Used for the record a write changes, and for a record whose
 * state a write depends on (the programme an award is made under).
 */
export function findLocked<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  { shared = false }: { shared?: boolean } = {},
): Promise<T | null> {
  if (!isPostgres(manager)) return manager.findOneBy(entity, where);
  return manager.findOne(entity, {
    where,
    lock: { mode: shared ? "pessimistic_read" : "pessimistic_write" },
  });
}
