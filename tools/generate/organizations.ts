import {
  LegalForm,
  OrganizationKind,
  ResourceCentreLevel,
} from "../../subgraphs/organizations/entities/enums";
import {
  ORGANIZATION_DEFAULTS,
  organizationSearchText,
} from "../../subgraphs/organizations/entities/organization.defaults";
import { Organization } from "../../subgraphs/organizations/entities/organization.entity";
import { SEED_REGIONAL_CENTRES } from "../../subgraphs/shared/seed-owners";
import { makeInn, makeOgrn } from "./identifiers";
import type { Plan } from "./plan";
import { Random, type NamePools } from "./random";
import { stamp } from "./stamp";
import { FIELDS, FOCUS_AREAS } from "./vocabulary";

/** Legal forms of NGOs with the prefix their names carry, weighted by repetition. */
const FORMS: [LegalForm, OrganizationKind, string][] = [
  [LegalForm.ANO, OrganizationKind.NGO, "АНО"],
  [LegalForm.ANO, OrganizationKind.NGO, "АНО"],
  [LegalForm.PUBLIC_ORGANIZATION, OrganizationKind.NGO, "РОО"],
  [LegalForm.PUBLIC_ORGANIZATION, OrganizationKind.NGO, "МОО"],
  [LegalForm.CHARITABLE_FOUNDATION, OrganizationKind.FOUNDATION, "БФ"],
  [LegalForm.FOUNDATION, OrganizationKind.FOUNDATION, "Фонд"],
  [LegalForm.ASSOCIATION_UNION, OrganizationKind.ASSOCIATION, "Ассоциация"],
  [LegalForm.NON_PROFIT_PARTNERSHIP, OrganizationKind.NGO, "НП"],
];

/** The organisations, in index order; see Plan for where each lies and who owns it. */
export function* organizationRows(plan: Plan, pools: NamePools): Generator<Organization> {
  const random = new Random(plan.seed, "organizations");
  for (let index = 0; index < plan.counts.organizations; index += 1) {
    const regionIndex = plan.regionIndexOf(index);
    const k = Math.floor(index / plan.regions.length);
    const row =
      k === 0
        ? centreRow(plan, regionIndex)
        : ngoRow(random, pools, plan.regions[regionIndex].capital);
    const region = plan.regions[regionIndex];
    const year = 2000 + (index % 24);
    const office = 1 + (k % 50);
    Object.assign(row, {
      id: plan.organizationId(index),
      regionCode: region.code,
      inn: makeInn(region.regionNumber, office, k),
      ogrn: makeOgrn(year, region.regionNumber, office, k),
      focusAreas: random.some(FOCUS_AREAS, random.int(1, 3)),
      website: random.chance(0.4) ? `https://nko-${index}.example.ru` : null,
      // A centre owns itself, as the seeded centres do; everything else its region's centre.
      ...stamp(random, k === 0 ? plan.organizationId(index) : plan.ownerOf(regionIndex)),
    });
    row.searchText = organizationSearchText(row);
    yield row;
  }
}

function ngoRow(random: Random, pools: NamePools, capital: string): Organization {
  const [legalForm, kind, prefix] = random.pick(FORMS);
  const field = random.pick(FIELDS);
  const name = random.chance(0.5)
    ? `${prefix} «Центр ${field} ${random.pick(pools.cities)}»`
    : `${prefix} «${random.pick(pools.lastNames)}: ${field}»`;
  return Object.assign(new Organization(), ORGANIZATION_DEFAULTS, {
    name,
    kind,
    legalForm,
    socialOriented: random.chance(0.7),
    description: random.chance(0.5)
      ? `Работает в городе ${capital} и области, направление: ${field}.`
      : null,
  });
}

/**
 * The region's resource centre: regional where the seed data has none, else municipal under the
 * seeded regional centre.
 */
function centreRow(plan: Plan, regionIndex: number): Organization {
  const region = plan.regions[regionIndex];
  const seeded = SEED_REGIONAL_CENTRES[region.code];
  return Object.assign(new Organization(), ORGANIZATION_DEFAULTS, {
    name: `Ресурсный центр поддержки НКО: ${region.name}`,
    kind: OrganizationKind.RESOURCE_CENTRE,
    legalForm: LegalForm.ANO,
    socialOriented: true,
    level: seeded ? ResourceCentreLevel.MUNICIPAL : ResourceCentreLevel.REGIONAL,
    parentCentreId: seeded ?? null,
    description: `Ресурсный центр для некоммерческих организаций, ${region.capital}.`,
  });
}
