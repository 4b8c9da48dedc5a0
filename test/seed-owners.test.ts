import { COORDINATOR_OWNER } from "../subgraphs/shared/auth/principal";
import {
  SEED_REGIONAL_CENTRES,
  SEED_RESOURCE_CENTRES,
  seedOwner,
} from "../subgraphs/shared/seed-owners";
import { OrganizationKind, ResourceCentreLevel } from "../subgraphs/organizations/entities/enums";
import { organizations } from "../subgraphs/organizations/seed/organizations.data";

describe("the seed owners table in shared code", () => {
  const centres = organizations.filter((o) => o.kind === OrganizationKind.RESOURCE_CENTRE);

  it("names the regional resource centre of each region exactly as the organizations seed does", () => {
    const regional = Object.fromEntries(
      centres
        .filter((o) => o.level === ResourceCentreLevel.REGIONAL)
        .map((o) => [o.regionCode, o.id]),
    );
    expect(SEED_REGIONAL_CENTRES).toEqual(regional);
  });

  it("lists every resource centre of the organizations seed, and nothing else", () => {
    expect([...SEED_RESOURCE_CENTRES].sort()).toEqual(centres.map((o) => o.id).sort());
  });

  it("gives a one-region record to its region's centre, a multi-region one to its centre operator", () => {
    expect(seedOwner(["RU-TYU", "RU-TYU", null])).toBe("org-rc-tyumen");
    expect(seedOwner(["RU-MOS"])).toBe(COORDINATOR_OWNER);
    expect(seedOwner(["RU-TYU", "RU-KGN"], "org-rc-ural-interregional")).toBe(
      "org-rc-ural-interregional",
    );
    expect(seedOwner(["RU-TYU", "RU-KGN"], "org-khmao-government")).toBe(COORDINATOR_OWNER);
    expect(seedOwner(["toString"])).toBe(COORDINATOR_OWNER);
  });
});
