import { OrganizationKind, ResourceCentreLevel } from "../organizations/entities/enums";
import { organizations } from "../organizations/seed/organizations.data";
import { COORDINATOR_OWNER } from "./auth/principal";
import { createdStamp } from "./owned-record";

/** The regional resource centre of each region that has one in the seed data. */
const centreByRegion = new Map(
  organizations
    .filter(
      (o) =>
        o.kind === OrganizationKind.RESOURCE_CENTRE &&
        o.level === ResourceCentreLevel.REGIONAL &&
        o.regionCode,
    )
    .map((o) => [o.regionCode!, o.id]),
);
const resourceCentres = new Set(
  organizations.filter((o) => o.kind === OrganizationKind.RESOURCE_CENTRE).map((o) => o.id),
);

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
  if (regions.length === 1 && centreByRegion.has(regions[0]))
    return centreByRegion.get(regions[0])!;
  if (regions.length > 1 && runBy && resourceCentres.has(runBy)) return runBy;
  return COORDINATOR_OWNER;
}

/** The audit columns of a seed row owned by `ownerId`. */
export function seedStamp(ownerId: string) {
  return createdStamp(ownerId, "seed");
}
