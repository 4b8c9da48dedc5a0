import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { BaseContext } from "@apollo/server";
import { DataSource } from "typeorm";
import { pendingMigrations } from "../subgraphs/shared/migrations";
import { createDatabase, openDatabase } from "../subgraphs/shared/data-source";
import { startSubgraph, type SubgraphDefinition } from "../subgraphs/shared/subgraph";
import { loadSubgraphConfig } from "../subgraphs/shared/subgraph-config";
import { subgraphCatalog } from "../tools/catalog";
import { DIALECTS, schemaDiff } from "../tools/migrations/schema-diff";
import { backends } from "./support/backends";
import { entryArgs } from "./support/entry";
import { graphql } from "./support/graphql";
import {
  loadPostgresRelease,
  loadSqliteRelease,
  postgresRowCounts,
  RELEASE_SUBGRAPHS,
  sqliteRowCounts,
} from "./support/release-fixture";

const run = promisify(execFile);
const definition = (name: string) => subgraphCatalog[name] as SubgraphDefinition<BaseContext>;

/** Where each subgraph's database is, as the variables a subgraph or `npm run migrate` reads. */
type Placement = Record<string, string>;

/** A production subgraph's environment over the placed databases, on a free loopback port. */
function productionEnv(placement: Placement): Record<string, string> {
  return {
    ...placement,
    NODE_ENV: "production",
    GATEWAY_JWKS_URL: "https://gateway.example.org/.well-known/jwks.json",
    HOST: "127.0.0.1",
    SEED: "false",
    REGIONS_PORT: "0",
  };
}

describe.each(backends)("upgrading a database of release f1cbc0d (%s)", (_name, backend) => {
  let placement: Placement;
  let rowCounts: (subgraph: string) => Promise<Record<string, number>>;
  let openCurrent: (subgraph: string) => DataSource;
  const before: Record<string, Record<string, number>> = {};
  let folder: string | undefined;

  beforeAll(async () => {
    const url = await backend.createDatabase();
    if (url) {
      for (const subgraph of RELEASE_SUBGRAPHS) await loadPostgresRelease(url, subgraph);
      placement = { DATABASE_URL: url };
      rowCounts = (subgraph) => postgresRowCounts(url, subgraph);
      openCurrent = (name) =>
        new DataSource({
          type: "postgres",
          url,
          schema: name,
          entities: definition(name).entities,
          migrations: definition(name).migrations.postgres,
        });
    } else {
      folder = mkdtempSync(join(tmpdir(), "release-f1cbc0d-"));
      const file = (subgraph: string) => join(folder!, `${subgraph}.sqlite`);
      for (const subgraph of RELEASE_SUBGRAPHS) await loadSqliteRelease(file(subgraph), subgraph);
      placement = Object.fromEntries(
        RELEASE_SUBGRAPHS.map((subgraph) => [`${subgraph.toUpperCase()}_DATABASE`, file(subgraph)]),
      );
      rowCounts = (subgraph) => sqliteRowCounts(file(subgraph));
      openCurrent = (name) =>
        new DataSource({
          type: "sqlite",
          database: file(name),
          entities: definition(name).entities,
          migrations: definition(name).migrations.sqlite,
        });
    }
    for (const subgraph of RELEASE_SUBGRAPHS) before[subgraph] = await rowCounts(subgraph);
  });
  afterAll(() => folder && rmSync(folder, { recursive: true, force: true }));

  it("holds the release's seed rows to begin with", () => {
    expect(before.regions.region).toBe(83);
    expect(before.organizations.organization).toBeGreaterThan(10);
    expect(before.events.event).toBeGreaterThan(5);
    expect(before.programmes.support_programme).toBeGreaterThan(5);
  });

  it("refuses to start a production subgraph on it, naming the command to run", async () => {
    const config = loadSubgraphConfig("regions", 4001, productionEnv(placement));
    await expect(startSubgraph(definition("regions"), config)).rejects.toThrow(
      /the regions database schema is behind the code \(\d+ migration\(s\) pending: ReleaseF1cbc0d\d+.*\): run `npm run migrate` \(`node dist\/tools\/migrate.js` in the image\) first, or start once with MIGRATE=true/,
    );
    expect(await rowCounts("regions")).toEqual(before.regions);
  });

  it("is brought to the current schema by npm run migrate without losing a row", async () => {
    const { stdout } = await run(
      process.execPath,
      [...entryArgs("tools/migrate.ts"), ...RELEASE_SUBGRAPHS],
      { env: { ...process.env, ...placement, DATABASE_URL: placement.DATABASE_URL ?? "" } },
    );
    expect(stdout).toMatch(/^organizations \(.*\): ran ReleaseF1cbc0d\d+, /m);
    for (const subgraph of RELEASE_SUBGRAPHS) {
      const after = await rowCounts(subgraph);
      for (const [table, count] of Object.entries(before[subgraph]))
        expect({ table, count: after[table] }).toEqual({ table, count });
    }
    expect((await rowCounts("organizations")).organization_consent).toBe(0);
  });

  it("ends with nothing pending and a schema identical to the entities'", async () => {
    for (const subgraph of RELEASE_SUBGRAPHS) {
      const dataSource = await openCurrent(subgraph).initialize();
      try {
        expect(await pendingMigrations(dataSource)).toEqual([]);
        const missing = await dataSource.driver.createSchemaBuilder().log();
        expect({ subgraph, statements: missing.upQueries.map(({ query }) => query) }).toEqual({
          subgraph,
          statements: [],
        });
      } finally {
        await dataSource.destroy();
      }
    }
  });

  it("serves the release's rows from a production subgraph started on it", async () => {
    const config = loadSubgraphConfig("regions", 4001, productionEnv(placement));
    const regions = await startSubgraph(definition("regions"), config);
    try {
      const response = await graphql(regions.url, '{ region(code: "RU-TYU") { name } }');
      expect(response.data).toEqual({ region: { name: "Тюменская область" } });
      expect((await fetch(regions.url.replace("/graphql", "/ready"))).status).toBe(200);
    } finally {
      await regions.close();
    }
  });
});

describe("the committed migrations", () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const dialects = DIALECTS.filter((dialect) => dialect === "sqlite" || serverUrl);
  it.each(dialects)(
    "build exactly the entities' schema on an empty %s database (else: npm run migration:generate)",
    async (dialect) => {
      for (const name of Object.keys(subgraphCatalog)) {
        const diff = await schemaDiff(definition(name), dialect, serverUrl);
        expect({ name, missing: diff.up.map(({ query }) => query) }).toEqual({ name, missing: [] });
      }
    },
  );
});

describe("processes started together with MIGRATE=true on one SQLite file", () => {
  it("migrate it once and all start", async () => {
    const folder = mkdtempSync(join(tmpdir(), "migrate-together-"));
    const definition = subgraphCatalog.events;
    const settings = {
      sqlitePath: join(folder, "events.sqlite"),
      schema: "events",
      logSql: false,
      migrations: definition.migrations,
      migrate: true,
    };
    try {
      const opened = await Promise.all(
        [1, 2, 3].map(() => openDatabase(createDatabase(settings, definition.entities), settings)),
      );
      const recorded = (await opened[0].query("SELECT name FROM migrations")) as { name: string }[];
      expect(recorded.length).toBe(definition.migrations.sqlite.length);
      await Promise.all(opened.map((dataSource) => dataSource.destroy()));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("replicas started together with MIGRATE=true on one PostgreSQL database", () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  (serverUrl ? it : it.skip)(
    "migrate it once: one runs each migration, the others wait",
    async () => {
      const url = await backends[1][1].createDatabase();
      const definition = subgraphCatalog.events;
      const settings = {
        url: url!,
        schema: "events",
        sqlitePath: ":memory:",
        logSql: false,
        migrations: definition.migrations,
        migrate: true,
      };
      const opened = await Promise.all(
        [1, 2, 3].map(() => openDatabase(createDatabase(settings, definition.entities), settings)),
      );
      try {
        const recorded = (await opened[0].query(
          'SELECT name FROM "events"."migrations" ORDER BY id',
        )) as { name: string }[];
        const names = recorded.map(({ name }) => name);
        expect(names.length).toBe(definition.migrations.postgres.length);
        expect(new Set(names).size).toBe(names.length);
      } finally {
        await Promise.all(opened.map((dataSource) => dataSource.destroy()));
      }
    },
  );
});
