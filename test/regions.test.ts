import { regionsSubgraph } from "../subgraphs/regions/server";
import type { RunningSubgraph } from "../subgraphs/shared/subgraph";
import { errorCodes, graphql } from "./support/graphql";
import { startTestSubgraph } from "./support/subgraph";

describe("regions subgraph", () => {
  let regions: RunningSubgraph;
  beforeAll(async () => {
    regions = await startTestSubgraph(regionsSubgraph);
  });
  afterAll(() => regions.close());

  it("serves all eight federal districts in decree order", async () => {
    const { data } = await graphql(
      regions.url,
      "{ federalDistricts { code shortName regions { code } } }",
    );
    expect(data!.federalDistricts.map((d: { code: string }) => d.code)).toEqual([
      "CENTRAL",
      "NORTHWESTERN",
      "SOUTHERN",
      "NORTH_CAUCASIAN",
      "VOLGA",
      "URAL",
      "SIBERIAN",
      "FAR_EASTERN",
    ]);
    const ural = data!.federalDistricts.find((d: { code: string }) => d.code === "URAL");
    expect(ural.regions.map((r: { code: string }) => r.code).sort()).toEqual([
      "RU-CHE",
      "RU-KGN",
      "RU-KHM",
      "RU-SVE",
      "RU-TYU",
      "RU-YAN",
    ]);
  });

  it("holds every federal subject with an ISO 3166-2:RU code, with capital and IANA zone", async () => {
    const { data } = await graphql(
      regions.url,
      "{ regions { code name nameEn capital timezone } }",
    );
    expect(data!.regions).toHaveLength(83);
    for (const region of data!.regions) {
      expect(region.code).toMatch(/^RU-[A-Z]{2,3}$/);
      expect(region.capital).toBeTruthy();
      expect(() => new Intl.DateTimeFormat("en", { timeZone: region.timezone })).not.toThrow();
    }
  });

  it("describes Tyumen Oblast with its district, zone and towns from the sources", async () => {
    const { data } = await graphql(
      regions.url,
      `
        {
          region(code: "RU-TYU") {
            name
            nameEn
            kind
            capital
            timezone
            regionNumber
            federalDistrict {
              code
              name
            }
            municipalities {
              name
            }
          }
        }
      `,
    );
    expect(data!.region).toEqual({
      name: "Тюменская область",
      nameEn: "Tyumen Oblast",
      kind: "OBLAST",
      capital: "Тюмень",
      timezone: "Asia/Yekaterinburg",
      regionNumber: "72",
      federalDistrict: { code: "URAL", name: "Уральский федеральный округ" },
      municipalities: [{ name: "Тюмень" }],
    });
  });

  it("places KhMAO–Yugra within Tyumen Oblast", async () => {
    const { data } = await graphql(
      regions.url,
      `
        {
          region(code: "RU-KHM") {
            parentRegion {
              code
            }
          }
        }
      `,
    );
    expect(data!.region.parentRegion).toEqual({ code: "RU-TYU" });
  });

  it("keeps the Murmansk figure of more than a thousand registered NGOs, with its source", async () => {
    const { data } = await graphql(
      regions.url,
      `
        {
          region(code: "RU-MUR") {
            figures {
              value
              unit
              qualifier
              source
            }
            municipalities {
              name
            }
          }
        }
      `,
    );
    expect(data!.region.figures).toContainEqual(
      expect.objectContaining({
        value: "1000",
        qualifier: "MORE_THAN",
        source: "002_766a36938fc9e7c4.txt",
      }),
    );
    expect(data!.region.municipalities.map((m: { name: string }) => m.name).sort()).toEqual(
      ["Кандалакша", "Мончегорск", "Оленегорск", "Полярные Зори"].sort(),
    );
  });

  it("answers null for an unknown but well-formed region code", async () => {
    const response = await graphql(
      regions.url,
      `
        {
          region(code: "RU-XXX") {
            code
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.region).toBeNull();
  });

  it("rejects a malformed region code with BAD_USER_INPUT naming the argument and value", async () => {
    const response = await graphql(
      regions.url,
      `
        {
          region(code: "Tyumen") {
            code
          }
        }
      `,
    );
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain('"code"');
    expect(response.errors![0].message).toContain('"Tyumen"');
  });

  it("rejects a malformed federal district filter with BAD_USER_INPUT", async () => {
    const response = await graphql(
      regions.url,
      `
        {
          regions(federalDistrict: "Atlantis") {
            code
          }
        }
      `,
    );
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors![0].message).toContain("Atlantis");
  });

  it("resolves Region and Municipality entity references in one batch each", async () => {
    regions.database.statements.reset();
    const { data } = await graphql(
      regions.url,
      `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Region {
              code
              name
            }
            ... on Municipality {
              id
              name
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "Region", code: "RU-TYU" },
          { __typename: "Region", code: "RU-KGN" },
          { __typename: "Region", code: "RU-XXX" },
          { __typename: "Municipality", id: "RU-MUR-monchegorsk" },
        ],
      },
    );
    expect(data!._entities.map((e: { name?: string } | null) => e?.name ?? null)).toEqual([
      "Тюменская область",
      "Курганская область",
      null,
      "Мончегорск",
    ]);
    expect(regions.database.statements.count).toBe(2);
  });
});
