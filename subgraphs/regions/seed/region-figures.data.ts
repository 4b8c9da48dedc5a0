import { ValueQualifier } from "../../shared/figure";
import type { RegionFigureSeed } from "./types";
import { SRC_MURMANSK_MMDN } from "../../shared/seed-sources";

export const regionFigures: RegionFigureSeed[] = [
  {
    regionCode: "RU-MUR",
    indicator: "зарегистрированные некоммерческие организации",
    value: "1000",
    unit: "организаций",
    qualifier: ValueQualifier.MORE_THAN,
    asOf: null,
    note:
      "«Сегодня в области зарегистрировано более тысячи некоммерческих организаций. В основном это " +
      "общественные объединения.» The article gives no date; it speaks of the 2018 budget money " +
      "as already allocated («в 2018 году ... выделено»), so the figure is from 2018 or later.",
    source: SRC_MURMANSK_MMDN,
  },
];
