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
      "«Сегодня в области зарегистрировано более тысячи некоммерческих организаций. В основном " +
      "это общественные объединения.» Статья не датирована; деньги бюджета 2018 года в ней уже " +
      "выделены («в 2018 году ... выделено»), так что цифра относится к 2018 году или позже.",
    source: SRC_MURMANSK_MMDN,
  },
];
