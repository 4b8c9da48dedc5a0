import { COORDINATOR_OWNER } from "./auth/principal";
import { createdStamp } from "./owned-record";

/**
 * The resource centres of the seed data, kept here as a small table so that shared code need
 * not read the organizations subgraph's seed. test/seed-owners.test.ts checks that it agrees
 * with that seed: the regional centre of each region, and every resource centre.
 */
export const SEED_REGIONAL_CENTRES: Readonly<Record<string, string>> = {
  "RU-KGN": "org-rc-kurgan",
  "RU-SVE": "org-rc-sverdlovsk",
  "RU-TYU": "org-rc-tyumen",
  "RU-CHE": "org-rc-chelyabinsk",
  "RU-KHM": "org-rc-yugra",
};

/** Every resource centre in the seed data: the five regional ones and the interregional one. */
export const SEED_RESOURCE_CENTRES: ReadonlySet<string> = new Set([
  "org-rc-ural-interregional",
  ...Object.values(SEED_REGIONAL_CENTRES),
]);

/**
 * Who owns a seed record: the centre of its region when it has exactly one region with a centre;
 * for a record spanning several regions, its operator or organiser when that is a resource
 * centre; otherwise the coordinator.
 */
export function seedOwner(
  regionCodes: (string | null | undefined)[],
  runBy?: string | null,
): string {
  const regions = [...new Set(regionCodes.filter((code): code is string => Boolean(code)))];
  if (regions.length === 1 && Object.hasOwn(SEED_REGIONAL_CENTRES, regions[0]))
    return SEED_REGIONAL_CENTRES[regions[0]];
  if (regions.length > 1 && runBy && SEED_RESOURCE_CENTRES.has(runBy)) return runBy;
  return COORDINATOR_OWNER;
}

/** The audit columns of a seed row owned by `ownerId`. */
export function seedStamp(ownerId: string) {
  return createdStamp(ownerId, "seed");
}
