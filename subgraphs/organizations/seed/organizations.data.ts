import { ValueQualifier } from "../../shared/figure";
import { LegalForm, OrganizationKind, ResourceCentreLevel } from "../entities/enums";
import type { NetworkSeed, OrganizationSeed, PersonSeed } from "./types";

const SRC_YUGRA_AGREEMENT = "000_0bcf786bd17f048b.txt";
const SRC_KRASNOGORSK_FORUM = "001_de6deea41116d0c6.txt";
const SRC_MURMANSK_MMDN = "002_766a36938fc9e7c4.txt";
const SRC_NIZHNY_SOCIAL_CONTRACTS = "003_669d506c99d1203b.txt";
const SRC_URAL_RC_NETWORK = "004_0eaa2e195da163db.txt";

/** The support the Ural network gives, in the words of article 004. */
const URAL_RC_FOCUS_AREAS = [
  "финансовая поддержка СО НКО",
  "информационная поддержка СО НКО",
  "консультационная поддержка СО НКО",
  "методическая поддержка СО НКО",
];

function regionalResourceCentre(
  id: string,
  name: string,
  nameEn: string,
  regionCode: string,
  regionInArticle: string,
): OrganizationSeed {
  return {
    id,
    name,
    nameEn,
    kind: OrganizationKind.RESOURCE_CENTRE,
    socialOriented: true,
    regionCode,
    level: ResourceCentreLevel.REGIONAL,
    parentCentreId: "org-rc-ural-interregional",
    focusAreas: [...URAL_RC_FOCUS_AREAS],
    description:
      `Regional resource centre for NGOs, one of the five centres of the Ural network. The article ` +
      `names the centre only by its region («${regionInArticle}»); the name here is descriptive, ` +
      `not the centre's own.`,
    sources: [SRC_URAL_RC_NETWORK],
  };
}

export const organizations: OrganizationSeed[] = [
  // 000: Khanty-Mansi Autonomous Okrug – Yugra and its partners.
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

  // 001: the Second Forum of Social Innovations of the Regions, Moscow Oblast.
  {
    id: "org-state-duma",
    name: "Государственная Дума Российской Федерации",
    nameEn: "State Duma of the Russian Federation",
    kind: OrganizationKind.LEGISLATURE,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    focusAreas: [],
    description: "Named through its deputy Artem Kavinov.",
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
      "The article calls it only «региональный минпром» and gives no official name. It has begun " +
      "preparing a centre of social-sphere innovation.",
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
      "Political party. Kavinov refers to its party programme; in Yugra, deputy Alexey Andreev sits " +
      "in its faction of the okrug Duma.",
    sources: [SRC_KRASNOGORSK_FORUM, SRC_URAL_RC_NETWORK],
  },

  // 002: Murmansk Oblast.
  {
    id: "org-murmansk-government",
    name: "Правительство Мурманской области",
    nameEn: "Government of Murmansk Oblast",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-MUR",
    focusAreas: ["социальное партнёрство", "поддержка гражданских инициатив"],
    description:
      "Creating the conditions for social activity is called one of its priorities; its deputy " +
      "governor Roman Duryagin opened the business session in Monchegorsk.",
    sources: [SRC_MURMANSK_MMDN],
  },

  // 003: Nizhny Novgorod Oblast at the Forum of Social Task Solutions.
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

  // 004: the Ural network of resource centres.
  {
    id: "org-khmao-duma",
    name: "Дума Ханты-Мансийского автономного округа – Югры",
    nameEn: "Duma of Khanty-Mansi Autonomous Okrug – Yugra",
    kind: OrganizationKind.LEGISLATURE,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-KHM",
    focusAreas: [],
    description: "Named through its deputy Alexey Andreev (United Russia faction).",
    sources: [SRC_URAL_RC_NETWORK],
  },
  {
    id: "org-my-vmeste-foundation",
    name: "Фонд местных сообществ «Мы вместе»",
    nameEn: "We Are Together community foundation",
    kind: OrganizationKind.FOUNDATION,
    legalForm: LegalForm.FOUNDATION,
    socialOriented: true,
    regionCode: "RU-KHM",
    focusAreas: ["развитие местных сообществ"],
    description:
      "Community foundation founded by Alexey Andreev, deputy of the Duma of Yugra; one of its " +
      "specialists took part in the Tyumen conference of the Ural network. The article does not " +
      "state its seat: Yugra is read from its founder being a Yugra Duma deputy. The article writes " +
      "the name both as «Мы вместе» and «МЫ ВМЕСТЕ».",
    sources: [SRC_URAL_RC_NETWORK],
  },
  {
    id: "org-kurgan-veterans-organization",
    name:
      "Курганская городская общественная организация ветеранов (пенсионеров) войны, труда, " +
      "Вооруженных Сил и правоохранительных органов",
    nameEn:
      "Kurgan city public organisation of veterans (pensioners) of war, labour, the Armed Forces and " +
      "law enforcement",
    kind: OrganizationKind.NGO,
    legalForm: LegalForm.PUBLIC_ORGANIZATION,
    socialOriented: true,
    regionCode: "RU-KGN",
    municipalityId: "RU-KGN-kurgan",
    focusAreas: ["просветительские проекты для людей серебряного возраста"],
    description:
      "People of the «серебряный возраст» are its main target audience, in the words of its deputy " +
      "chair E. Mazanova, who took part in the Tyumen conference of the Ural network.",
    sources: [SRC_URAL_RC_NETWORK],
  },
  {
    id: "org-rc-ural-interregional",
    name: "Межрегиональный ресурсный центр Уральской сети",
    nameEn: "Interregional resource centre of the Ural network",
    kind: OrganizationKind.RESOURCE_CENTRE,
    socialOriented: true,
    level: ResourceCentreLevel.INTERREGIONAL,
    focusAreas: [
      ...URAL_RC_FOCUS_AREAS,
      "формирование системы взаимодействия ресурсных центров",
      "профессионализация региональных и муниципальных ресурсных центров",
      "взаимодействие органов власти, местного самоуправления и НКО",
    ],
    description:
      "Interregional tier of the Ural network: the article speaks of support «на базе " +
      "межрегионального, региональных, муниципальных РЦ» but does not name the organisation that " +
      "forms this tier; the name here is descriptive.",
    sources: [SRC_URAL_RC_NETWORK],
  },
  regionalResourceCentre(
    "org-rc-kurgan",
    "Ресурсный центр НКО Курганской области",
    "NGO resource centre of Kurgan Oblast",
    "RU-KGN",
    "Курганской",
  ),
  regionalResourceCentre(
    "org-rc-sverdlovsk",
    "Ресурсный центр НКО Свердловской области",
    "NGO resource centre of Sverdlovsk Oblast",
    "RU-SVE",
    "Свердловской",
  ),
  regionalResourceCentre(
    "org-rc-tyumen",
    "Ресурсный центр НКО Тюменской области",
    "NGO resource centre of Tyumen Oblast",
    "RU-TYU",
    "Тюменской",
  ),
  regionalResourceCentre(
    "org-rc-chelyabinsk",
    "Ресурсный центр НКО Челябинской области",
    "NGO resource centre of Chelyabinsk Oblast",
    "RU-CHE",
    "Челябинской",
  ),
  regionalResourceCentre(
    "org-rc-yugra",
    "Ресурсный центр НКО Ханты-Мансийского автономного округа – Югры",
    "NGO resource centre of Khanty-Mansi Autonomous Okrug – Yugra",
    "RU-KHM",
    "ХМАО – Югры",
  ),
];

export const networks: NetworkSeed[] = [
  {
    id: "network-ural-rc",
    name: "Уральская сеть ресурсных центров для НКО",
    nameEn: "Ural network of resource centres for NGOs",
    description:
      "Five regional resource centres of the Ural Federal District (Kurgan, Sverdlovsk, Tyumen and " +
      "Chelyabinsk oblasts and Khanty-Mansi Autonomous Okrug – Yugra). The article describes support " +
      "at interregional, regional and municipal level; the interregional tier " +
      "(org-rc-ural-interregional) is the parent centre of the five members, and no municipal centre " +
      "is named.",
    memberIds: [
      "org-rc-kurgan",
      "org-rc-sverdlovsk",
      "org-rc-tyumen",
      "org-rc-chelyabinsk",
      "org-rc-yugra",
    ],
    sources: [SRC_URAL_RC_NETWORK],
  },
];

export const people: PersonSeed[] = [
  {
    id: "person-gennady-bukhtin",
    name: "Геннадий Бухтин",
    position: "заместитель губернатора",
    organizationId: "org-khmao-government",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "person-pavel-sidorov",
    name: "Павел Сидоров",
    position: "заместитель губернатора Югры – директор департамента экономического развития",
    organizationId: "org-khmao-economic-development-department",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "person-nonna-nekrasova",
    name: "Нонна Некрасова",
    position:
      "председатель региональной общественной благотворительной организации «С Верой, Надеждой, Любовью»",
    organizationId: "org-robo-s-veroy-nadezhdoy-lyubovyu",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "person-artem-kavinov",
    name: "Артем Кавинов",
    position: "депутат Государственной Думы",
    organizationId: "org-state-duma",
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "person-larisa-koshurina",
    name: "Лариса Кошурина",
    position: "пресс-помощник депутата Кавинова",
    phone: "8-903 84 66 992",
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "person-roman-duryagin",
    name: "Роман Дурягин",
    position: "заместитель губернатора Мурманской области",
    organizationId: "org-murmansk-government",
    sources: [SRC_MURMANSK_MMDN],
  },
  {
    id: "person-natalya-isaeva",
    name: "Наталья Исаева",
    position: "министр социальной политики Нижегородской области",
    organizationId: "org-niz-social-policy-ministry",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "person-vladimir-putin",
    name: "Владимир Путин",
    position: "президент Российской Федерации",
    organizationId: "org-president-rf",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "person-anton-kotyakov",
    name: "Антон Котяков",
    position: "министр труда и социальной защиты России",
    organizationId: "org-mintrud-rf",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "person-gleb-nikitin",
    name: "Глеб Никитин",
    position: "губернатор Нижегородской области",
    organizationId: "org-niz-government",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "person-alexey-andreev",
    name: "Алексей Андреев",
    position: "депутат Думы Югры, учредитель фонда «МЫ ВМЕСТЕ», член фракции «Единая Россия»",
    organizationId: "org-khmao-duma",
    sources: [SRC_URAL_RC_NETWORK],
  },
  {
    id: "person-e-mazanova",
    name: "Е. Мазанова",
    position:
      "заместитель председателя Курганской городской общественной организации ветеранов " +
      "(пенсионеров) войны, труда, Вооруженных Сил и правоохранительных органов",
    organizationId: "org-kurgan-veterans-organization",
    sources: [SRC_URAL_RC_NETWORK],
  },
];
