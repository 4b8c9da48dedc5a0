import type DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { loaderByKey, loaderGroupedByKey } from "../shared/loaders";
import { FederalDistrict } from "./entities/federal-district.entity";
import { Municipality } from "./entities/municipality.entity";
import { Region } from "./entities/region.entity";

export interface RegionsLoaders {
  federalDistrictByCode: DataLoader<string, FederalDistrict | null>;
  regionByCode: DataLoader<string, Region | null>;
  regionsByFederalDistrict: DataLoader<string, Region[]>;
  municipalityById: DataLoader<string, Municipality | null>;
  municipalitiesByRegionCode: DataLoader<string, Municipality[]>;
}

/** Fresh loaders for one request. */
export function createRegionsLoaders(dataSource: DataSource): RegionsLoaders {
  const regions = dataSource.getRepository(Region);
  const municipalities = dataSource.getRepository(Municipality);
  return {
    federalDistrictByCode: loaderByKey(dataSource.getRepository(FederalDistrict), "code"),
    regionByCode: loaderByKey(regions, "code"),
    regionsByFederalDistrict: loaderGroupedByKey(regions, "federalDistrictCode", "code"),
    municipalityById: loaderByKey(municipalities, "id"),
    municipalitiesByRegionCode: loaderGroupedByKey(municipalities, "regionCode", "name"),
  };
}
