import { MunicipalityKind } from "../entities/enums";
import type { MunicipalitySeed } from "./types";
import {
  SRC_KRASNOGORSK_FORUM,
  SRC_MURMANSK_MMDN,
  SRC_NIZHNY_SOCIAL_CONTRACTS,
  SRC_URAL_RC_NETWORK,
} from "../../shared/seed-sources";

export const municipalities: MunicipalitySeed[] = [
  {
    id: "RU-MOS-krasnogorsk",
    name: "Красногорск",
    nameEn: "Krasnogorsk",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-MOS",
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "RU-MUR-monchegorsk",
    name: "Мончегорск",
    nameEn: "Monchegorsk",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-MUR",
    sources: [SRC_MURMANSK_MMDN],
  },
  {
    id: "RU-MUR-polyarnye-zori",
    name: "Полярные Зори",
    nameEn: "Polyarnye Zori",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-MUR",
    sources: [SRC_MURMANSK_MMDN],
  },
  {
    id: "RU-MUR-olenegorsk",
    name: "Оленегорск",
    nameEn: "Olenegorsk",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-MUR",
    sources: [SRC_MURMANSK_MMDN],
  },
  {
    id: "RU-MUR-kandalaksha",
    name: "Кандалакша",
    nameEn: "Kandalaksha",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-MUR",
    sources: [SRC_MURMANSK_MMDN],
  },
  {
    id: "RU-SVE-yekaterinburg",
    name: "Екатеринбург",
    nameEn: "Yekaterinburg",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-SVE",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "RU-TYU-tyumen",
    name: "Тюмень",
    nameEn: "Tyumen",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-TYU",
    sources: [SRC_URAL_RC_NETWORK],
  },
  {
    // Named only through «Курганская городская общественная организация ветеранов ...».
    id: "RU-KGN-kurgan",
    name: "Курган",
    nameEn: "Kurgan",
    kind: MunicipalityKind.CITY,
    regionCode: "RU-KGN",
    sources: [SRC_URAL_RC_NETWORK],
  },
];
