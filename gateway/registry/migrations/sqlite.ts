import type { MigrationInterface, QueryRunner } from "typeorm";

/** The registry's tables on SQLite. A committed migration is never edited. */
export class Registry1796200000000 implements MigrationInterface {
  name = "Registry1796200000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "registry_subgraphs" ("name" varchar(64) PRIMARY KEY NOT NULL, "url" varchar(2048) NOT NULL, "owner" varchar(128) NOT NULL, "timeout_ms" integer, "breaker_failures" integer, "registered_by" varchar(128) NOT NULL, "registered_at" varchar(32) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "registry_subgraph_versions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "subgraph" varchar(64) NOT NULL, "version" integer NOT NULL, "sdl" text NOT NULL, "url" varchar(2048) NOT NULL, "published_by" varchar(128) NOT NULL, "published_at" varchar(32) NOT NULL, CONSTRAINT "UQ_registry_subgraph_version" UNIQUE ("subgraph", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "registry_supergraphs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sdl" text NOT NULL, "hash" varchar(16) NOT NULL, "versions" text NOT NULL, "cause" text NOT NULL, "created_by" varchar(128) NOT NULL, "created_at" varchar(32) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "registry_operations" ("key" varchar(64) PRIMARY KEY NOT NULL, "hash" varchar(64) NOT NULL, "signature" text NOT NULL, "name" varchar(256) NOT NULL, "coordinates" text NOT NULL, "client_name" varchar(128) NOT NULL, "client_version" varchar(64) NOT NULL, "count" integer NOT NULL, "first_seen" varchar(32) NOT NULL, "last_seen" varchar(32) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_registry_operations_last_seen" ON "registry_operations" ("last_seen")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_registry_operations_last_seen"`);
    for (const table of ["operations", "supergraphs", "subgraph_versions", "subgraphs"])
      await queryRunner.query(`DROP TABLE "registry_${table}"`);
  }
}

/** The response caches' invalidations, read by every gateway replica, on SQLite. */
export class CacheInvalidations1796300000000 implements MigrationInterface {
  name = "CacheInvalidations1796300000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "registry_invalidations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "origin" varchar(64) NOT NULL, "changes" text NOT NULL, "created_at" varchar(32) NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "registry_invalidations"`);
  }
}
