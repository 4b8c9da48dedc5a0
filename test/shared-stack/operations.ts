import { readFileSync } from "node:fs";
import { join } from "node:path";
import { graphql } from "../support/graphql";
import { backends } from "../support/backends";
import { sharedStack } from "../support/shared-stack";
import type { TestStack } from "../support/stack";

const operation = (name: string) =>
  readFileSync(join(__dirname, "..", "..", "schema", "operations", `${name}.graphql`), "utf8");

describe.each(backends)(
  "the example operations (schema/operations, docs/api.md) on %s",
  (_name, backend) => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await sharedStack(backend);
    });

    it("UralDistrictDashboard lists the six Ural subjects, each of the five network regions with its centre", async () => {
      const response = await graphql(stack.gateway.url, operation("ural-district-dashboard"));
      expect(response.errors).toBeUndefined();
      expect(response.data!.federalDistrict.shortName).toBe("УФО");
      const byCode = Object.fromEntries(
        response.data!.regions.map((r: { code: string }) => [r.code, r]),
      );
      expect(Object.keys(byCode).sort()).toEqual([
        "RU-CHE",
        "RU-KGN",
        "RU-KHM",
        "RU-SVE",
        "RU-TYU",
        "RU-YAN",
      ]);
      for (const code of ["RU-CHE", "RU-KGN", "RU-KHM", "RU-SVE", "RU-TYU"]) {
        expect(byCode[code].resourceCentres.totalCount).toBe(1);
      }
      expect(byCode["RU-YAN"].resourceCentres.totalCount).toBe(0);
      // No programme in Yamal states a budget: its funding is unknown (null), not an exact zero.
      expect(byCode["RU-YAN"].fundingTotal).toBeNull();
    });

    it("TyumenRegion joins the region, its resource centre, the November conference and the programmes", async () => {
      const response = await graphql(stack.gateway.url, operation("tyumen-region"));
      expect(response.errors).toBeUndefined();
      const region = response.data!.region;
      expect(region.capital).toBe("Тюмень");
      expect(region.organizations.edges[0].node.parentCentre.name).toContain("Межрегиональный");
      const conference = region.events.edges.find(
        (e: { node: { kind: string } }) => e.node.kind === "CONFERENCE",
      ).node;
      expect(conference.startsAt).toMatch(/-11-16T00:00:00\+05:00$/);
      expect(conference.dateInferred).toBe(true);
      expect(region.programmes.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain(
        "RESOURCE_CENTRE_NETWORK",
      );
    });

    it("ProgrammeOutcomes keeps billions of roubles and the sources' qualifiers exact", async () => {
      const response = await graphql(stack.gateway.url, operation("programme-outcomes"), {
        kinds: ["SOCIAL_CONTRACT", "SUBSIDY"],
      });
      expect(response.errors).toBeUndefined();
      const budgets = response.data!.programmes.edges.map(
        (e: { node: { budget: unknown } }) => e.node.budget,
      );
      expect(budgets).toEqual(
        expect.arrayContaining([
          { amount: "4000000000", currency: "RUB", qualifier: "ABOUT" },
          { amount: "60000000", currency: "RUB", qualifier: "MORE_THAN" },
        ]),
      );
    });
  },
);
