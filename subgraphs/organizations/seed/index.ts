import type { DataSource } from "typeorm";
import { insertMissing } from "../../shared/seed";
import { seedOwner, seedStamp } from "../../shared/seed-owners";
import { OrganizationKind } from "../entities/enums";
import { Network } from "../entities/network.entity";
import { NetworkMembership } from "../entities/network-membership.entity";
import { ORGANIZATION_DEFAULTS, organizationSearchText } from "../entities/organization.defaults";
import { Organization } from "../entities/organization.entity";

function withSearchText(row: Organization): Organization {
  return Object.assign(row, { searchText: organizationSearchText(row) });
}
import { Person } from "../entities/person.entity";
import { networks, organizations, people } from "./organizations.data";

/** The organisation rows of the seed data, with their folded search text. */
export function organizationRows(): Organization[] {
  return organizations.map((seed) =>
    withSearchText(
      Object.assign(new Organization(), ORGANIZATION_DEFAULTS, seed, {
        ...seedStamp(
          seed.kind === OrganizationKind.RESOURCE_CENTRE ? seed.id : seedOwner([seed.regionCode]),
        ),
      }),
    ),
  );
}

/** Loads the organisations, networks, memberships and people the source articles name. */
export async function seedOrganizations(dataSource: DataSource): Promise<Record<string, number>> {
  return {
    organizations: await insertMissing(dataSource, Organization, organizationRows()),
    networks: await insertMissing(
      dataSource,
      Network,
      networks.map(({ memberIds: _memberIds, ...network }) => ({
        nameEn: null,
        description: null,
        ...network,
        ...seedStamp(seedOwner([])),
      })),
    ),
    memberships: await insertMissing(
      dataSource,
      NetworkMembership,
      networks.flatMap((network) =>
        network.memberIds.map((organizationId) => ({ networkId: network.id, organizationId })),
      ),
    ),
    people: await insertMissing(
      dataSource,
      Person,
      people.map((person) => ({ organizationId: null, phone: null, email: null, ...person })),
    ),
  };
}
