import type { MigrationInterface, QueryRunner } from "typeorm";
import { createPostgresSearchIndex, dropPostgresSearchIndex } from "../../../shared/search-index";

/**
 * Written by hand: TypeORM cannot declare a pg_trgm GIN index. The word index behind
 * `filter.search` (see subgraphs/shared/search-index.ts), built from the rows already there.
 * A committed migration is never edited: a later change gets a migration of its own.
 */
export class SearchIndex1795379926394 implements MigrationInterface {
  name = "SearchIndex1795379926394";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await createPostgresSearchIndex(queryRunner, "events", "event");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropPostgresSearchIndex(queryRunner, "events", "event");
  }
}
