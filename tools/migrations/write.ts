import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderIndex, renderMigration } from "./render";
import {
  DIALECTS,
  postgresServerNeeded,
  schemaDiff,
  type Dialect,
  type MigrationTarget,
  type SchemaDiff,
} from "./schema-diff";

/**
 * The PostgreSQL server to compare with: MIGRATION_DATABASE_URL, else TEST_DATABASE_URL; none
 * (an in-memory PostgreSQL for a first migration) when both are unset or empty.
 */
export function migrationServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.MIGRATION_DATABASE_URL || env.TEST_DATABASE_URL || undefined;
}

/** What the entities need beyond the committed migrations, per kind of database. */
export interface MigrationDiffs {
  diffs: Partial<Record<Dialect, SchemaDiff>>;
  /** Why PostgreSQL was not compared (no server, and migrations to compare with). */
  postgresSkipped?: string;
}

/**
 * Both diffs of a subgraph. PostgreSQL is compared on the server `serverUrl` when given, else in
 * memory (pg-mem) while the subgraph has no PostgreSQL migration yet; otherwise it is skipped
 * and the reason returned. SQLite, always compared in memory, sees every entity change too.
 */
export async function migrationDiffs(
  target: MigrationTarget,
  serverUrl: string | undefined,
): Promise<MigrationDiffs> {
  const postgresSkipped = serverUrl === undefined ? postgresServerNeeded(target) : undefined;
  const diffs: MigrationDiffs["diffs"] = {};
  for (const dialect of DIALECTS) {
    if (dialect === "postgres" && postgresSkipped) continue;
    diffs[dialect] = await schemaDiff(target, dialect, serverUrl);
  }
  return { diffs, postgresSkipped };
}

/** A migration to write: its PascalCase name, timestamp and where it came from. */
export interface MigrationRequest {
  name: string;
  timestamp: number;
  /** The command named in the files' header. */
  command: string;
  /** The release whose tables the first migration adopts (see adoptReleaseTables). */
  adoptsRelease?: string;
}

/**
 * Writes one migration per kind of database whose diff is not empty into `folder`
 * (subgraphs/<name>/migrations), then lists them in its index.ts. Refuses, writing nothing, when
 * SQLite shows a change that PostgreSQL could not be compared for: one dialect's migration
 * without the other's would leave the two databases apart. Returns the files written.
 */
export async function writeMigrations(
  target: MigrationTarget,
  folder: string,
  { diffs, postgresSkipped }: MigrationDiffs,
  request: MigrationRequest,
): Promise<string[]> {
  if (postgresSkipped && (diffs.sqlite?.up.length ?? 0) > 0) throw new Error(postgresSkipped);
  const className = `${request.name}${request.timestamp}`;
  const rendered: { file: string; text: string }[] = [];
  for (const dialect of DIALECTS) {
    const diff = diffs[dialect];
    if (!diff || diff.up.length === 0) continue;
    const text = await renderMigration({
      className,
      subgraph: target.name,
      dialect,
      command: request.command,
      diff,
      adoptsRelease: request.adoptsRelease,
    });
    rendered.push({ file: join(folder, dialect, `${request.timestamp}-${request.name}.ts`), text });
  }
  if (rendered.length === 0) return [];
  for (const dialect of DIALECTS) mkdirSync(join(folder, dialect), { recursive: true });
  for (const { file, text } of rendered) writeFileSync(file, text);
  writeFileSync(join(folder, "index.ts"), await renderIndex(folder));
  return rendered.map(({ file }) => file);
}
