import "reflect-metadata";
import type { DataSource } from "typeorm";
import { regions } from "../subgraphs/shared/geography";
import { isValidInn, isValidOgrn } from "../subgraphs/shared/identifiers";
import { Organization } from "../subgraphs/organizations/entities/organization.entity";
import { Event } from "../subgraphs/events/entities/event.entity";
import { SupportProgramme } from "../subgraphs/programmes/entities/support-programme.entity";
import { COUNTRY } from "../tools/generate/country";
import { generateNetwork, type GenerationTargets } from "../tools/generate/network";
import { readGenerateOptions } from "../tools/generate/options";
import { readBenchOptions } from "../tools/bench/options";
import { Plan, SCALES } from "../tools/generate/plan";
import { silentProgress } from "../tools/generate/progress";
import { backends } from "./support/backends";
import { graphql } from "./support/graphql";
import { startStack, type TestStack } from "./support/stack";

/** Smaller than the named tiny scale: enough rows for every region, generated twice per backend. */
const TINY = { organizations: 200, events: 250, programmes: 40, awards: 400 };

/** Names of the rows: the command draws them from Faker's Russian locale (an ES module Jest cannot load). */
const POOLS = {
  lastNames: ["Иванов", "Смирнова", "Кузнецов"],
  firstNames: ["Анна", "Пётр"],
  streets: ["ул. Ленина", "ул. Мира"],
};

function targetsOf(stack: TestStack): GenerationTargets {
  const source = (name: string) => stack.subgraphs[name].database.dataSource;
  return {
    organizations: source("organizations"),
    events: source("events"),
    programmes: source("programmes"),
  };
}

/** The SQL name of an entity's table, with its schema on PostgreSQL. */
function tableOf(dataSource: DataSource, table: string): string {
  const metadata = dataSource.entityMetadatas.find((entity) => entity.tableName === table)!;
  const { driver } = dataSource;
  const name = driver.escape(metadata.tableName);
  return metadata.schema ? `${driver.escape(metadata.schema)}.${name}` : name;
}

/** Every generated row of a table, in id order, as plain values. */
async function generatedRows(dataSource: DataSource, table: string): Promise<unknown[]> {
  return dataSource.query(
    `SELECT * FROM ${tableOf(dataSource, table)} WHERE id LIKE 'gen-%' ORDER BY id`,
  );
}

describe("the generator's options", () => {
  it("defaults to the national scale and lets explicit counts override a named scale", () => {
    expect(readGenerateOptions([]).counts).toEqual(SCALES.national);
    expect(readGenerateOptions(["--scale", "small", "--awards", "7"]).counts).toEqual({
      ...SCALES.small,
      awards: 7,
    });
  });

  it("lets `npm run bench -- --scale` name a generated network to measure, and no other", () => {
    const options = readBenchOptions(["--scale", "national", "--requests", "100"], {});
    expect(options).toMatchObject({ scale: "national", requests: 100 });
    expect(readBenchOptions([], {})).toMatchObject({ scale: undefined, requests: 40 });
    expect(() => readBenchOptions(["--scale", "huge"], {})).toThrow(/--scale .*"huge"/);
    expect(() => readBenchOptions(["--requests", "0"], {})).toThrow(/--requests/);
  });

  it("refuses an unknown scale, a bad count and an unknown flag, naming them", () => {
    expect(() => readGenerateOptions(["--scale", "huge"])).toThrow(/--scale .*"huge"/);
    expect(() => readGenerateOptions(["--organizations", "10"])).toThrow(/--organizations/);
    expect(() => readGenerateOptions(["--rows", "1"])).toThrow(/rows/);
  });
});

describe.each(backends)("the generated network on %s", (_name, backend) => {
  let first: TestStack;
  let second: TestStack;
  beforeAll(async () => {
    first = await startStack(await backend.createDatabase());
    second = await startStack(await backend.createDatabase());
    await generateNetwork(new Plan(7, TINY), targetsOf(first), silentProgress, POOLS);
    await generateNetwork(new Plan(7, TINY), targetsOf(second), silentProgress, POOLS);
  }, 120_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it("writes the same rows for the same seed", async () => {
    for (const [subgraph, table] of [
      ["organizations", "organization"],
      ["events", "event"],
      ["programmes", "support_programme"],
      ["programmes", "award"],
    ]) {
      const a = await generatedRows(first.subgraphs[subgraph].database.dataSource, table);
      const b = await generatedRows(second.subgraphs[subgraph].database.dataSource, table);
      expect(a.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    }
  });

  it("writes the counts asked for, beside the seed data", async () => {
    const { organizations, events, programmes } = targetsOf(first);
    const generated = async (dataSource: DataSource, table: string) =>
      (await generatedRows(dataSource, table)).length;
    expect(await generated(organizations, "organization")).toBe(TINY.organizations);
    expect(await generated(events, "event")).toBe(TINY.events);
    expect(await generated(programmes, "support_programme")).toBe(TINY.programmes);
    expect(await generated(programmes, "award")).toBe(TINY.awards);
    // The seed rows are still there beside them.
    expect(await organizations.getRepository(Organization).count()).toBeGreaterThan(
      TINY.organizations,
    );
    expect(await events.getRepository(Event).count()).toBeGreaterThan(TINY.events);
    expect(await programmes.getRepository(SupportProgramme).count()).toBeGreaterThan(
      TINY.programmes,
    );
  });

  it("gives every organisation a valid INN and OGRN", async () => {
    const rows: { inn: string; ogrn: string }[] =
      await first.subgraphs.organizations.database.dataSource.query(
        `SELECT inn, ogrn FROM ${tableOf(first.subgraphs.organizations.database.dataSource, "organization")} WHERE id LIKE 'gen-%'`,
      );
    expect(rows).toHaveLength(TINY.organizations);
    expect(rows.filter((row) => !isValidInn(row.inn))).toEqual([]);
    expect(rows.filter((row) => !isValidOgrn(row.ogrn))).toEqual([]);
  });

  it("gives every region organisations, events and a resource centre that owns its records", async () => {
    const dataSource = first.subgraphs.organizations.database.dataSource;
    const perRegion: { regionCode: string; total: string }[] = await dataSource.query(
      `SELECT "regionCode", COUNT(*) AS total FROM ${tableOf(dataSource, "organization")} WHERE id LIKE 'gen-%' GROUP BY "regionCode"`,
    );
    expect(perRegion.map((row) => row.regionCode).sort()).toEqual(
      regions.map((r) => r.code).sort(),
    );
    const eventRegions: unknown[] = await first.subgraphs.events.database.dataSource.query(
      `SELECT DISTINCT "regionCode" FROM ${tableOf(first.subgraphs.events.database.dataSource, "event")} WHERE id LIKE 'gen-%'`,
    );
    expect(eventRegions).toHaveLength(regions.length);
    const unowned: unknown[] = await dataSource.query(
      `SELECT o.id FROM ${tableOf(dataSource, "organization")} o LEFT JOIN ${tableOf(dataSource, "organization")} c ON c.id = o."ownerId"
       WHERE o.id LIKE 'gen-%' AND (c.kind IS NULL OR c.kind <> 'RESOURCE_CENTRE')`,
    );
    expect(unowned).toEqual([]);
  });

  it("names organisations uniquely within a region and after the region's own towns", async () => {
    const orgs = first.subgraphs.organizations.database.dataSource;
    const duplicates: unknown[] = await orgs.query(
      `SELECT "regionCode", name FROM ${tableOf(orgs, "organization")} WHERE id LIKE 'gen-%'
       GROUP BY "regionCode", name HAVING COUNT(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    const events = first.subgraphs.events.database.dataSource;
    const titled: { regionCode: string; title: string; venue: string | null }[] =
      await events.query(
        `SELECT "regionCode", title, venue FROM ${tableOf(events, "event")} WHERE id LIKE 'gen-%'`,
      );
    const foreign = titled.filter(({ regionCode, title, venue }) => {
      const towns = COUNTRY[regionCode].towns;
      const town = title.slice(title.lastIndexOf(": ") + 2);
      return !towns.includes(town) || (venue !== null && !towns.includes(venue.split(", ")[0]));
    });
    expect(titled.length).toBe(TINY.events);
    expect(foreign).toEqual([]);
    const named: { regionCode: string; name: string }[] = await orgs.query(
      `SELECT "regionCode", name FROM ${tableOf(orgs, "organization")} WHERE id LIKE 'gen-%' AND kind <> 'RESOURCE_CENTRE' AND name LIKE '%(%'`,
    );
    expect(named.length).toBeGreaterThan(0);
    for (const { regionCode, name } of named)
      expect(COUNTRY[regionCode].towns).toContain(name.slice(name.lastIndexOf("(") + 1, -1));
  });

  it("answers the district dashboard and the root lists through the gateway", async () => {
    const response = await graphql(
      first.gateway.url,
      `
        {
          regions(federalDistrict: "URAL") {
            code
            organizationCount
            eventCount
            fundingTotal {
              amount
            }
          }
          organizations(first: 3) {
            totalCount
            edges {
              node {
                name
                inn
                ogrn
              }
            }
          }
          events(first: 2, filter: { regionCodes: ["RU-TYU"] }) {
            totalCount
            edges {
              node {
                title
                organizers {
                  name
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    for (const region of data.regions) expect(region.organizationCount).toBeGreaterThan(0);
    expect(data.organizations.totalCount).toBeGreaterThan(TINY.organizations);
    expect(data.events.edges[0].node.organizers.length).toBeGreaterThan(0);
  });
});
