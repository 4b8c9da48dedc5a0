import type { DataSource } from "typeorm";
import { federalDistricts, regions } from "../../shared/geography";
import { insertMissing } from "../../shared/seed";
import { FederalDistrict } from "../entities/federal-district.entity";
import { Municipality } from "../entities/municipality.entity";
import { Region } from "../entities/region.entity";
import { municipalities } from "./municipalities.data";
import { regionFigures } from "./region-figures.data";

/** The region rows with the figures the sources state about them. */
export function regionRows(): Region[] {
  return regions.map(({ federalDistrict, parentRegion, ...region }) =>
    Object.assign(new Region(), {
      ...region,
      federalDistrictCode: federalDistrict,
      parentRegionCode: parentRegion ?? null,
      figures: regionFigures
        .filter((figure) => figure.regionCode === region.code)
        .map(({ regionCode: _regionCode, ...figure }) => figure),
    }),
  );
}

/** Loads the districts, the 83 subjects and the municipalities the sources name. */
export async function seedRegions(dataSource: DataSource): Promise<Record<string, number>> {
  return {
    federalDistricts: await insertMissing(
      dataSource,
      FederalDistrict,
      federalDistricts.map(({ order, ...district }) => ({ ...district, decreeOrder: order })),
    ),
    regions: await insertMissing(dataSource, Region, regionRows()),
    municipalities: await insertMissing(dataSource, Municipality, municipalities),
  };
}
