import { SRC_KRASNOGORSK_FORUM, SRC_URAL_RC_NETWORK } from "../../../shared/seed-sources";
import { LegalForm, OrganizationKind } from "../../entities/enums";
import type { OrganizationSeed } from "../types";

/** 001: the Second Forum of Social Innovations of the Regions, Moscow Oblast. */
export const krasnogorskOrganizations: OrganizationSeed[] = [
  {
    id: "org-state-duma",
    name: "Государственная Дума Российской Федерации",
    nameEn: "State Duma of the Russian Federation",
    kind: OrganizationKind.LEGISLATURE,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    focusAreas: [],
    description: "Названа через депутата Артема Кавинова.",
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "org-mos-regional-minprom",
    name: "Региональный минпром Московской области",
    nameEn: "Regional ministry of industry of Moscow Oblast («региональный минпром»)",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    // Kavinov speaks of "наш регион"; read as Moscow Oblast, the region of the Krasnogorsk forum.
    regionCode: "RU-MOS",
    focusAreas: ["социальное предпринимательство", "цифровые технологии в социальных учреждениях"],
    description:
      "Статья называет его только «региональный минпром» и не приводит официального названия. " +
      "Начал подготовку центра инноваций социальной сферы.",
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "org-united-russia",
    name: "«Единая Россия»",
    nameEn: "United Russia",
    kind: OrganizationKind.POLITICAL_PARTY,
    legalForm: LegalForm.POLITICAL_PARTY,
    socialOriented: false,
    focusAreas: [],
    description:
      "Политическая партия. Артем Кавинов ссылается на её партийную программу; в Югре в её " +
      "фракции Думы округа состоит депутат Алексей Андреев.",
    sources: [SRC_KRASNOGORSK_FORUM, SRC_URAL_RC_NETWORK],
  },
];
