import type { MigrationInterface, QueryRunner } from "typeorm";
import { createSqliteSearchIndex, dropSqliteSearchIndex } from "../../../shared/search-index";

/**
 * Written by hand: TypeORM cannot declare an FTS5 word index with its triggers. The word index behind
 * `filter.search` (see subgraphs/shared/search-index.ts), built from the rows already there.
 * A committed migration is never edited: a later change gets a migration of its own.
 */
export class SearchIndex1795379926394 implements MigrationInterface {
  name = "SearchIndex1795379926394";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await createSqliteSearchIndex(queryRunner, "support_programme");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSqliteSearchIndex(queryRunner, "support_programme");
  }
}
