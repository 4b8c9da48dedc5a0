import DataLoader from "dataloader";
import { In, type DataSource, type Repository } from "typeorm";
import { groupByKeys } from "../shared/batch";
import { createListReader, type ListReader } from "../shared/list-reader";
import { loaderByKey, loaderGroupedByKey } from "../shared/loaders";
import { Network } from "./entities/network.entity";
import { NetworkMembership } from "./entities/network-membership.entity";
import { Organization } from "./entities/organization.entity";
import { Person } from "./entities/person.entity";
import { ORGANIZATIONS } from "./queries";
import type { OrganizationFilter } from "./resolvers/types/organization-filter.input";

export interface OrganizationsLoaders {
  organizationById: DataLoader<string, Organization | null>;
  childCentresByParentId: DataLoader<string, Organization[]>;
  networkById: DataLoader<string, Network | null>;
  networksByOrganizationId: DataLoader<string, Network[]>;
  membersByNetworkId: DataLoader<string, Organization[]>;
  personById: DataLoader<string, Person | null>;
  peopleByOrganizationId: DataLoader<string, Person[]>;
  /** Organisations by region: `Region.organizations` and `Region.organizationCount`. */
  organizations: ListReader<Organization, OrganizationFilter, "region">;
}

/** Fresh loaders for one request. */
export function createOrganizationsLoaders(dataSource: DataSource): OrganizationsLoaders {
  const organizations = dataSource.getRepository(Organization);
  const memberships = dataSource.getRepository(NetworkMembership);
  const byIds = (ids: string[]) => organizations.findBy({ id: In(ids) });

  return {
    organizationById: loaderByKey(organizations, "id"),
    childCentresByParentId: loaderGroupedByKey(organizations, "parentCentreId", "name", {
      live: true,
    }),
    networkById: loaderByKey(dataSource.getRepository(Network), "id"),
    networksByOrganizationId: throughMemberships(memberships, "organizationId", async (links) => {
      const networks = await dataSource
        .getRepository(Network)
        .findBy({ id: In(links.map((l) => l.networkId)) });
      const byId = new Map(networks.map((network) => [network.id, network]));
      return (link) => byId.get(link.networkId);
    }),
    membersByNetworkId: throughMemberships(memberships, "networkId", async (links) => {
      const members = await byIds(links.map((link) => link.organizationId));
      const byId = new Map(members.map((member) => [member.id, member]));
      return (link) => byId.get(link.organizationId);
    }),
    personById: loaderByKey(dataSource.getRepository(Person), "id"),
    peopleByOrganizationId: loaderGroupedByKey(
      dataSource.getRepository(Person),
      "organizationId",
      "name",
    ),
    organizations: createListReader(dataSource, ORGANIZATIONS),
  };
}

/** Loads the live far side of network memberships for many keys in two statements. */
function throughMemberships<T extends { name: string; archivedAt: string | null }>(
  memberships: Repository<NetworkMembership>,
  side: "organizationId" | "networkId",
  resolveFar: (links: NetworkMembership[]) => Promise<(link: NetworkMembership) => T | undefined>,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const links = await memberships.findBy({ [side]: In([...keys]) });
    const far = links.length ? await resolveFar(links) : () => undefined;
    return groupByKeys(keys, links, (link) => link[side]).map((group) =>
      group
        .map(far)
        .filter((item): item is T => item !== undefined && item.archivedAt === null)
        .sort((a, b) => a.name.localeCompare(b.name, "ru")),
    );
  });
}
