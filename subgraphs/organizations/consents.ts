import DataLoader from "dataloader";
import { In, IsNull, type DataSource, type EntityManager } from "typeorm";
import { groupByKeys } from "../shared/batch";
import type { OrganizationFacts, ReferenceChecker } from "../shared/organization-lookup";
import { OrganizationKind } from "./entities/enums";
import { OrganizationConsent } from "./entities/organization-consent.entity";
import { Organization } from "./entities/organization.entity";

/** A per-request loader of the centres each organisation consented to, in one statement. */
export function createConsentsLoader(dataSource: DataSource): DataLoader<string, string[]> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(OrganizationConsent).find({
      where: { organizationId: In([...ids]) },
      order: { centreId: "ASC" },
    });
    return groupByKeys(ids, rows, (row) => row.organizationId).map((group) =>
      group.map((row) => row.centreId),
    );
  });
}

/** Whether `id` is a live resource centre, read with `manager` (a transaction's, or not). */
export async function isLiveCentre(manager: EntityManager, id: string): Promise<boolean> {
  const count = await manager.countBy(Organization, {
    id,
    kind: OrganizationKind.RESOURCE_CENTRE,
    archivedAt: IsNull(),
  });
  return count > 0;
}

/**
 * The organizations subgraph answers its own reference questions from its database: it owns
 * the organisations, so there is nothing to cache and no other service to wait for.
 */
export function localReferenceChecker(dataSource: DataSource): ReferenceChecker {
  return {
    async liveOrganizations(ids) {
      const unique = [...new Set(ids)];
      const live = new Map<string, OrganizationFacts>();
      if (unique.length === 0) return live;
      const rows = await dataSource
        .getRepository(Organization)
        .findBy({ id: In(unique), archivedAt: IsNull() });
      const consents = await createConsentsLoader(dataSource).loadMany(rows.map((row) => row.id));
      rows.forEach(({ id, kind, ownerId }, index) => {
        const consented = consents[index];
        live.set(id, {
          id,
          kind,
          ownerId,
          consentedCentreIds: Array.isArray(consented) ? consented : [],
        });
      });
      return live;
    },
    isLiveCentre: (id) => isLiveCentre(dataSource.manager, id),
  };
}
