import type { DataSource, EntityManager } from "typeorm";
import {
  createDatabase,
  openDatabase,
  type DatabaseSettings,
} from "../../subgraphs/shared/data-source";
import {
  RecordedOperationSchema,
  RegisteredSubgraphSchema,
  registryEntities,
  SubgraphVersionSchema,
  SupergraphVersionSchema,
  type RecordedOperation,
  type RegisteredSubgraph,
  type SubgraphVersion,
  type SupergraphVersion,
} from "./entities";
import * as postgres from "./migrations/postgres";
import * as sqlite from "./migrations/sqlite";

/** The registry's migrations, one list per kind of database (`npm run migrate -- registry`). */
export const registryMigrations = {
  sqlite: [sqlite.Registry1796200000000, sqlite.CacheInvalidations1796300000000],
  postgres: [postgres.Registry1796200000000, postgres.CacheInvalidations1796300000000],
};

/** Usage counted in memory since the last flush, per operation and client. */
export type UsageDelta = Omit<RecordedOperation, "firstSeen">;

/** What a publish or rollback writes in one transaction. */
export interface NewSupergraph {
  sdl: string;
  hash: string;
  versions: Record<string, number>;
  cause: string;
  createdBy: string;
  /** The new subgraph versions it brings (one for a publish; none for a rollback). */
  published?: Omit<SubgraphVersion, "id" | "version" | "publishedAt">[];
}

/**
 * The network's registry in the platform's database: registered subgraphs and their owners,
 * every published SDL version, every supergraph served (the newest is what every gateway
 * serves), and the operations gateways served. SQLite (`.data/registry.sqlite`) by default,
 * PostgreSQL (schema `registry`) when `REGISTRY_DATABASE_URL` or `DATABASE_URL` is set, so
 * several gateway replicas share one registry.
 */
export class RegistryStore {
  private constructor(
    readonly dataSource: DataSource,
    private readonly postgres: boolean,
  ) {}

  static async open(settings: DatabaseSettings): Promise<RegistryStore> {
    const withMigrations = { ...settings, migrations: registryMigrations };
    const database = createDatabase(withMigrations, registryEntities);
    return new RegistryStore(await openDatabase(database, withMigrations), Boolean(settings.url));
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }

  listSubgraphs(): Promise<RegisteredSubgraph[]> {
    return this.dataSource.getRepository(RegisteredSubgraphSchema).find({ order: { name: "ASC" } });
  }

  async subgraph(name: string): Promise<RegisteredSubgraph | undefined> {
    const found = await this.dataSource.getRepository(RegisteredSubgraphSchema).findOneBy({ name });
    return found ?? undefined;
  }

  /** Registers a subgraph or replaces its registration, in one statement (an upsert). */
  async register(subgraph: RegisteredSubgraph): Promise<void> {
    await this.dataSource.getRepository(RegisteredSubgraphSchema).upsert(subgraph, ["name"]);
  }

  /**
   * Registers a subgraph unless it already is, in one statement: gateways starting together
   * each adopt the repository's subgraphs, and the second must not fail on the first's row.
   */
  async registerIfAbsent(subgraph: RegisteredSubgraph): Promise<void> {
    await this.dataSource
      .getRepository(RegisteredSubgraphSchema)
      .createQueryBuilder()
      .insert()
      .values(subgraph)
      .orIgnore()
      .execute();
  }

  versions(subgraph: string): Promise<SubgraphVersion[]> {
    return this.dataSource
      .getRepository(SubgraphVersionSchema)
      .find({ where: { subgraph }, order: { version: "ASC" } });
  }

  async version(subgraph: string, version: number): Promise<SubgraphVersion | undefined> {
    const repository = this.dataSource.getRepository(SubgraphVersionSchema);
    return (await repository.findOneBy({ subgraph, version })) ?? undefined;
  }

  /** The newest supergraph, which every gateway serves; undefined before the first publish. */
  async currentSupergraph(manager?: EntityManager): Promise<SupergraphVersion | undefined> {
    const repository = (manager ?? this.dataSource.manager).getRepository(SupergraphVersionSchema);
    const [newest] = await repository.find({ order: { id: "DESC" }, take: 1 });
    return newest;
  }

  /** The newest supergraph's id: what a gateway polls (one indexed row). */
  async currentSupergraphId(): Promise<number> {
    const newest = await this.dataSource
      .getRepository(SupergraphVersionSchema)
      .find({ select: { id: true }, order: { id: "DESC" }, take: 1 });
    return newest[0]?.id ?? 0;
  }

  /** The subgraph versions the newest supergraph was composed from. */
  async liveVersions(): Promise<SubgraphVersion[]> {
    const current = await this.currentSupergraph();
    if (!current) return [];
    const versions = JSON.parse(current.versions) as Record<string, number>;
    const rows = await Promise.all(
      Object.entries(versions).map(([name, version]) => this.version(name, version)),
    );
    return rows.filter((row): row is SubgraphVersion => row !== undefined);
  }

  /**
   * Writes a new supergraph, with the subgraph version it publishes, in one transaction that
   * first checks the newest supergraph is still `basedOn`: two publishes at once cannot both
   * win with one overwriting the other's subgraph (the loser is told to check again). On
   * PostgreSQL an advisory lock orders them; SQLite writes one transaction at a time.
   */
  async append(next: NewSupergraph, basedOn: number): Promise<SupergraphVersion> {
    try {
      return await this.appendOnce(next, basedOn);
    } catch (error) {
      // SQLite refuses a transaction that read before another process's write: the same race.
      if (/SQLITE_BUSY/.test((error as Error).message))
        throw new RegistryConflict(
          "another publish changed the network while this one was checked: check and publish again",
        );
      throw error;
    }
  }

  private appendOnce(next: NewSupergraph, basedOn: number): Promise<SupergraphVersion> {
    return this.dataSource.transaction(async (manager) => {
      if (this.postgres) await manager.query("SELECT pg_advisory_xact_lock(7417201)");
      const current = await this.currentSupergraph(manager);
      if ((current?.id ?? 0) !== basedOn)
        throw new RegistryConflict(
          "another publish changed the network while this one was checked: check and publish again",
        );
      const now = new Date().toISOString();
      const versions = { ...next.versions };
      const repository = manager.getRepository(SubgraphVersionSchema);
      for (const published of next.published ?? []) {
        const [last] = await repository.find({
          where: { subgraph: published.subgraph },
          order: { version: "DESC" },
          take: 1,
        });
        const version = (last?.version ?? 0) + 1;
        await repository.insert({ ...published, version, publishedAt: now });
        versions[published.subgraph] = version;
      }
      const single = next.published?.length === 1 ? next.published[0].subgraph : undefined;
      const row: SupergraphVersion = {
        sdl: next.sdl,
        hash: next.hash,
        versions: JSON.stringify(versions),
        cause: single ? next.cause.replace("{version}", String(versions[single])) : next.cause,
        createdBy: next.createdBy,
        createdAt: now,
      };
      await manager.getRepository(SupergraphVersionSchema).insert(row);
      return row;
    });
  }

  /** The supergraphs served, newest first. */
  history(limit = 50): Promise<SupergraphVersion[]> {
    return this.dataSource.getRepository(SupergraphVersionSchema).find({
      select: {
        id: true,
        hash: true,
        versions: true,
        cause: true,
        createdBy: true,
        createdAt: true,
      },
      order: { id: "DESC" },
      take: limit,
    });
  }

  /**
   * Adds counted usage: one statement per operation and client, adding to its count and moving
   * its last-seen time (an upsert that SQLite and PostgreSQL both speak).
   */
  async recordUsage(deltas: UsageDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const table = this.dataSource.getMetadata(RecordedOperationSchema).tablePath;
    const quoted = this.postgres
      ? table
          .split(".")
          .map((part) => `"${part}"`)
          .join(".")
      : `"${table}"`;
    await this.dataSource.transaction(async (manager) => {
      for (const delta of deltas) {
        const values = [
          delta.key,
          delta.hash,
          delta.signature,
          delta.name,
          delta.coordinates,
          delta.clientName,
          delta.clientVersion,
          delta.count,
          delta.lastSeen,
          delta.lastSeen,
        ];
        const marks = values.map((_, index) => (this.postgres ? `$${index + 1}` : "?"));
        await manager.query(
          `INSERT INTO ${quoted} ("key", "hash", "signature", "name", "coordinates", "client_name", "client_version", "count", "first_seen", "last_seen") VALUES (${marks.join(", ")}) ON CONFLICT ("key") DO UPDATE SET "count" = ${quoted}."count" + excluded."count", "last_seen" = excluded."last_seen", "coordinates" = excluded."coordinates"`,
          values,
        );
      }
    });
  }

  /** The operations seen since a time, newest first. */
  async operationsSince(since: string): Promise<RecordedOperation[]> {
    const rows = await this.dataSource
      .getRepository(RecordedOperationSchema)
      .createQueryBuilder("operation")
      .where("operation.lastSeen >= :since", { since })
      .orderBy("operation.lastSeen", "DESC")
      .getMany();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /**
   * Keeps the store bounded: drops operations not seen since `before`, then all but the
   * `keep` most recently seen.
   */
  async pruneUsage(before: string, keep: number): Promise<void> {
    const repository = this.dataSource.getRepository(RecordedOperationSchema);
    await repository
      .createQueryBuilder()
      .delete()
      .where("last_seen < :before", { before })
      .execute();
    const overflow = await repository.find({
      select: { key: true },
      order: { lastSeen: "DESC" },
      skip: keep,
      take: 10_000,
    });
    if (overflow.length > 0) await repository.delete(overflow.map(({ key }) => key));
  }
}

/** A publish that lost a race with another: nothing was written. */
export class RegistryConflict extends Error {}
