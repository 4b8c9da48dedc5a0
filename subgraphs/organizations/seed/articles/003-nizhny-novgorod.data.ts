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
      "Initiator of the National Social Initiative, within which the Forum of Social Task Solutions " +
      "is held; its service «АСИ Смартека» collects best practices for regional teams and NGOs.",
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
      "Its minister Natalya Isaeva led the oblast's delegation to the Forum of Social Task Solutions " +
      "and presented the social-contract practice.",
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
      "The article comes from the press service of the governor and government of Nizhny Novgorod " +
      "Oblast; Governor Gleb Nikitin took part in the State Council presidium of 25 May 2022.",
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
      "Together with it the oblast developed a practice of helping social-contract participants draw " +
      "up standard business plans.",
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
    description: "Its representatives were part of the oblast's delegation to the forum.",
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
      "Its minister Anton Kotyakov noted the effectiveness of the oblast's social-contract practice " +
      "at the State Council presidium.",
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
    description: "Various practices of the centre were presented at the case session.",
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
      "Its presidium met on 25 May 2022 on social support of citizens, chaired by Vladimir Putin.",
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
      "Vladimir Putin in this role launched the National Social Initiative in 2020 and chaired the " +
      "State Council presidium of 25 May 2022.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
];
