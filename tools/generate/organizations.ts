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
import { COUNTRY } from "./country";
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

/** The organisations, region by region in index order; see Plan for where each lies and who owns it. */
export function* organizationRows(plan: Plan, pools: NamePools): Generator<Organization> {
  const random = new Random(plan.seed, "organizations");
  let index = 0;
  for (let regionIndex = 0; regionIndex < plan.regions.length; regionIndex += 1) {
    const region = plan.regions[regionIndex];
    const towns = COUNTRY[region.code].towns;
    // Names are unique within a region, as a registry would require of one seat.
    const names = new Set<string>();
    for (let k = 0; k < plan.organizationsIn(regionIndex); k += 1, index += 1) {
      const row = k === 0 ? centreRow(plan, regionIndex) : ngoRow(random, pools, towns, names, k);
      names.add(row.name);
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
}

/**
 * A name not yet taken in the region: a field of work in one of the region's towns, or a
 * founder's surname; after a few draws that are all taken, the surname and the town together,
 * and as a last resort the organisation's number in the region.
 */
function uniqueName(
  random: Random,
  pools: NamePools,
  towns: readonly string[],
  names: Set<string>,
  k: number,
): { name: string; field: string; town: string; form: (typeof FORMS)[number] } {
  let drawn = { name: "", field: "", town: "", form: FORMS[0], surname: "" };
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const form = random.pick(FORMS);
    const field = random.pick(FIELDS);
    const town = random.pick(towns);
    const surname = random.pick(pools.lastNames);
    const name =
      attempt >= 8
        ? `${form[2]} «${surname}: ${field}» (${town})`
        : random.chance(0.5)
          ? `${form[2]} «Центр ${field}» (${town})`
          : `${form[2]} «${surname}: ${field}»`;
    drawn = { name, field, town, form, surname };
    if (!names.has(name)) return drawn;
  }
  const { field, town, form, surname } = drawn;
  return { field, town, form, name: `${form[2]} «${surname}: ${field}» (${town}, № ${k})` };
}

function ngoRow(
  random: Random,
  pools: NamePools,
  towns: readonly string[],
  names: Set<string>,
  k: number,
): Organization {
  const { name, field, town, form } = uniqueName(random, pools, towns, names, k);
  const [legalForm, kind] = form;
  return Object.assign(new Organization(), ORGANIZATION_DEFAULTS, {
    name,
    kind,
    legalForm,
    socialOriented: random.chance(0.7),
    description: random.chance(0.5)
      ? `Работает: ${town} и окрестности, направление: ${field}.`
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
