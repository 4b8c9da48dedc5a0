import type { RegionData } from "./types";
import { centralRegions } from "./regions/central.data";
import { northwesternRegions } from "./regions/northwestern.data";
import { southernRegions } from "./regions/southern.data";
import { northCaucasianRegions } from "./regions/north-caucasian.data";
import { volgaRegions } from "./regions/volga.data";
import { uralRegions } from "./regions/ural.data";
import { siberianRegions } from "./regions/siberian.data";
import { farEasternRegions } from "./regions/far-eastern.data";

/** All 83 federal subjects with an ISO 3166-2:RU code, district by district in decree order. */
export const regions: RegionData[] = [
  ...centralRegions,
  ...northwesternRegions,
  ...southernRegions,
  ...northCaucasianRegions,
  ...volgaRegions,
  ...uralRegions,
  ...siberianRegions,
  ...farEasternRegions,
];
