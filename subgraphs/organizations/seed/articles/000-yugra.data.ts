import { ValueQualifier } from "../../../shared/figure";
import { SRC_YUGRA_AGREEMENT } from "../../../shared/seed-sources";
import { LegalForm, OrganizationKind } from "../../entities/enums";
import type { OrganizationSeed } from "../types";

/** 000: Khanty-Mansi Autonomous Okrug – Yugra and its partners. */
export const yugraOrganizations: OrganizationSeed[] = [
  {
    id: "org-khmao-government",
    name: "Правительство Ханты-Мансийского автономного округа – Югры",
    nameEn: "Government of Khanty-Mansi Autonomous Okrug – Yugra",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-KHM",
    focusAreas: ["социальное предпринимательство", "социальные инновации"],
    description:
      "Regional government of Yugra. At a regular meeting it decided to sign an agreement with the " +
      "Association of Social Development; in the preceding months the okrug had signed agreements " +
      "with the «Наше будущее» foundation and the Agency for Social Information.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "org-khmao-economic-development-department",
    name: "Департамент экономического развития Ханты-Мансийского автономного округа – Югры",
    nameEn: "Department of Economic Development of Khanty-Mansi Autonomous Okrug – Yugra",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-KHM",
    focusAreas: [],
    description:
      "The article names it through its director, Pavel Sidorov, deputy governor of Yugra and " +
      "director of the department of economic development.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "org-association-social-development",
    name: "Ассоциация социального развития",
    nameEn: "Association of Social Development",
    kind: OrganizationKind.ASSOCIATION,
    legalForm: LegalForm.ASSOCIATION_UNION,
    socialOriented: true,
    focusAreas: [
      "социальное предпринимательство",
      "социальные инновации",
      "информационные технологии в социальной сфере",
      "телемедицина",
      "информатизация",
      "информационная грамотность населения",
      "обучающие семинары для представителей некоммерческого сектора",
    ],
    description:
      "Partner of the authorities in social projects across the country; Yugra's government decided " +
      "to sign a cooperation agreement with it. It proposed projects in telemedicine, " +
      "informatisation and information literacy, and has its own mechanisms and resources for " +
      "supporting socially oriented organisations. The article does not state its seat.",
    figures: [
      {
        indicator:
          "социальные проекты, реализованные при содействии Ассоциации по всей стране за последние три года",
        value: "700",
        unit: "projects",
        qualifier: ValueQualifier.MORE_THAN,
        asOf: null,
        note:
          "«Только за последние три года ... было реализовано более 700 социальных проектов»: the " +
          "three years run back from the Yugra government meeting, which the article does not date.",
        source: SRC_YUGRA_AGREEMENT,
      },
    ],
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "org-nashe-budushchee-foundation",
    name: "Фонд региональных социальных программ «Наше будущее»",
    nameEn: "Our Future Foundation for Regional Social Programmes",
    kind: OrganizationKind.FOUNDATION,
    legalForm: LegalForm.FOUNDATION,
    socialOriented: true,
    focusAreas: ["социальное предпринимательство", "региональные социальные программы"],
    description:
      "Called an authoritative foundation; Yugra signed an agreement with it in the months before " +
      "the government meeting. The article does not state its seat.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "org-social-information-agency",
    name: "Агентство социальной информации",
    nameEn: "Agency for Social Information",
    kind: OrganizationKind.AGENCY,
    socialOriented: false,
    focusAreas: [],
    description:
      "Yugra signed an agreement with it in the months before the government meeting; the article " +
      "says nothing else about it.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "org-robo-s-veroy-nadezhdoy-lyubovyu",
    name: "Региональная общественная благотворительная организация «С Верой, Надеждой, Любовью»",
    nameEn: "Regional public charitable organisation With Faith, Hope, Love",
    kind: OrganizationKind.NGO,
    legalForm: LegalForm.PUBLIC_ORGANIZATION,
    socialOriented: true,
    // "Региональная" in an article about Yugra's agreement: read as a Yugra organisation.
    regionCode: "RU-KHM",
    focusAreas: ["благотворительность", "профессионализация некоммерческого сектора"],
    description:
      "Took part in the public review of the agreement with the Association of Social Development " +
      "and welcomed its provision for training seminars for the non-profit sector.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
];
