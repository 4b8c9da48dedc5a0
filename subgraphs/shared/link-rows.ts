import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Replaces the rows of a link table that belong to one record (an event's organisers, a
 * programme's partners or regions) with `values`, in the given order: duplicates are dropped
 * and each row gets its `position`. Runs inside the write's transaction.
 */
export async function replaceLinkRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  owner: { column: keyof T & string; id: string },
  column: keyof T & string,
  values: readonly string[],
): Promise<void> {
  await manager.delete(entity, { [owner.column]: owner.id } as never);
  const unique = [...new Set(values)];
  if (unique.length === 0) return;
  await manager.insert(
    entity,
    unique.map((value, position) => ({
      [owner.column]: owner.id,
      [column]: value,
      position,
    })) as never,
  );
}
