import {
  SRC_YUGRA_AGREEMENT,
  SRC_KRASNOGORSK_FORUM,
  SRC_MURMANSK_MMDN,
  SRC_NIZHNY_SOCIAL_CONTRACTS,
  SRC_URAL_RC_NETWORK,
} from "../../shared/seed-sources";
import type { NetworkSeed, OrganizationSeed, PersonSeed } from "./types";
import { yugraOrganizations } from "./articles/000-yugra.data";
import { krasnogorskOrganizations } from "./articles/001-krasnogorsk.data";
import { murmanskOrganizations } from "./articles/002-murmansk.data";
import { nizhnyNovgorodOrganizations } from "./articles/003-nizhny-novgorod.data";
import { uralNetworkOrganizations } from "./articles/004-ural-network.data";

/** The organisations the five source articles name, article by article. */
export const organizations: OrganizationSeed[] = [
  ...yugraOrganizations,
  ...krasnogorskOrganizations,
  ...murmanskOrganizations,
  ...nizhnyNovgorodOrganizations,
  ...uralNetworkOrganizations,
];

export const networks: NetworkSeed[] = [
  {
    id: "network-ural-rc",
    name: "Уральская сеть ресурсных центров для НКО",
    nameEn: "Ural network of resource centres for NGOs",
    description:
      "Пять региональных ресурсных центров Уральского федерального округа: Курганской, " +
      "Свердловской, Тюменской, Челябинской областей и Ханты-Мансийского автономного округа – " +
      "Югры. Статья говорит о поддержке «на базе межрегионального, региональных, муниципальных " +
      "РЦ»; межрегиональный уровень (org-rc-ural-interregional) — вышестоящий центр пяти " +
      "участников, муниципальные центры не названы.",
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
