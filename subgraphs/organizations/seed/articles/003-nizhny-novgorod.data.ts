import { SRC_NIZHNY_SOCIAL_CONTRACTS } from "../../../shared/seed-sources";
import { LegalForm, OrganizationKind } from "../../entities/enums";
import type { OrganizationSeed } from "../types";

/** 003: Nizhny Novgorod Oblast at the Forum of Social Task Solutions. */
export const nizhnyNovgorodOrganizations: OrganizationSeed[] = [
  {
    id: "org-agency-strategic-initiatives",
    name: "Агентство стратегических инициатив",
    nameEn: "Agency for Strategic Initiatives",
    kind: OrganizationKind.AGENCY,
    socialOriented: false,
    focusAreas: ["тиражирование лучших практик", "Национальная социальная инициатива"],
    description:
      "Инициатор Национальной социальной инициативы, в рамках которой проходит Форум решений " +
      "социальных задач; его сервис «АСИ Смартека» собирает лучшие практики для управленческих " +
      "команд регионов и НКО.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-niz-social-policy-ministry",
    name: "Министерство социальной политики Нижегородской области",
    nameEn: "Ministry of Social Policy of Nizhny Novgorod Oblast",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-NIZ",
    focusAreas: ["социальный контракт"],
    description:
      "Министр Наталья Исаева возглавила делегацию области на Форуме решений социальных задач и " +
      "представила практику заключения социальных контрактов.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-niz-government",
    name: "Правительство Нижегородской области",
    nameEn: "Government of Nizhny Novgorod Oblast",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-NIZ",
    focusAreas: [],
    description:
      "Статья опубликована пресс-службой губернатора и правительства Нижегородской области; " +
      "губернатор Глеб Никитин участвовал в заседании президиума Госсовета 25 мая 2022 года.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-niz-my-business-centre",
    name: "Центр «Мой бизнес»",
    nameEn: "My Business centre",
    kind: OrganizationKind.BUSINESS_SUPPORT_CENTRE,
    socialOriented: false,
    regionCode: "RU-NIZ",
    focusAreas: ["типовые бизнес-планы для участников социального контракта"],
    description:
      "В сотрудничестве с центром в области разработана и применяется практика помощи " +
      "участникам социального контракта в составлении типовых бизнес-планов.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-niz-strategy-project-office",
    name: "АНО «Проектный офис стратегии развития Нижегородской области»",
    nameEn: "ANO Project Office of the Development Strategy of Nizhny Novgorod Oblast",
    kind: OrganizationKind.NGO,
    legalForm: LegalForm.ANO,
    socialOriented: false,
    regionCode: "RU-NIZ",
    focusAreas: [],
    description: "Его представители входили в делегацию области на форуме.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-mintrud-rf",
    name: "Министерство труда и социальной защиты Российской Федерации",
    nameEn: "Ministry of Labour and Social Protection of the Russian Federation",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    focusAreas: [],
    description:
      "Министр Антон Котяков на заседании президиума Госсовета отметил эффективность " +
      "нижегородской практики социальных контрактов.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-moscow-employment-centre",
    name: "Центр занятости населения Москвы",
    nameEn: "Moscow Employment Centre",
    kind: OrganizationKind.GOVERNMENT_BODY,
    socialOriented: false,
    regionCode: "RU-MOW",
    focusAreas: ["занятость населения"],
    description:
      "На кейс-сессии были представлены «различные практики Центра занятости населения Москвы».",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-state-council-rf",
    name: "Государственный Совет Российской Федерации",
    nameEn: "State Council of the Russian Federation",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    focusAreas: [],
    description:
      "Президиум Госсовета 25 мая 2022 года провёл заседание по вопросам социальной поддержки " +
      "граждан под председательством Владимира Путина.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "org-president-rf",
    name: "Президент Российской Федерации",
    nameEn: "President of the Russian Federation",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    focusAreas: [],
    description:
      "Владимир Путин в этой должности дал старт Национальной социальной инициативе в 2020 году " +
      "и провёл заседание президиума Госсовета 25 мая 2022 года.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
];
