import { IsNull } from "typeorm";
import type { RunningSubgraph } from "../../subgraphs/shared/subgraph";

/**
 * Makes `id` a live resource centre of a test network's organizations subgraph: a centre's
 * own subgraph is owned by one, and only a live centre's credential writes. A centre the seed
 * already has is left as it is; any other is a copy of a seeded centre under the new id (its
 * INN and OGRN cleared, as they belong to the original), written straight into the database.
 */
export async function ensureLiveCentre(organizations: RunningSubgraph, id: string): Promise<void> {
  const repository =
    organizations.database.dataSource.getRepository<Record<string, unknown>>("Organization");
  if (await repository.findOneBy({ id, kind: "RESOURCE_CENTRE", archivedAt: IsNull() })) return;
  const model = await repository.findOneByOrFail({ kind: "RESOURCE_CENTRE", archivedAt: IsNull() });
  await repository.save({ ...model, id, name: `Ресурсный центр ${id}`, inn: null, ogrn: null });
}

/** A seeded live centre that is not `owner`: the "another centre" of the owner-only checks. */
export function anotherCentre(owner: string): string {
  return owner === "org-rc-tyumen" ? "org-rc-kurgan" : "org-rc-tyumen";
}
