import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

const CHUNK = 50;

/**
 * Inserts the rows whose primary key is not there yet and leaves existing rows alone, so a
 * restart never duplicates seed data nor overwrites records a centre has since edited.
 * Returns how many rows were new.
 */
export async function insertMissing<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<number> {
  const repository = dataSource.getRepository(entity);
  const before = await repository.count();
  for (let start = 0; start < rows.length; start += CHUNK) {
    await repository
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + CHUNK) as never)
      .orIgnore()
      .execute();
  }
  return (await repository.count()) - before;
}
