import { SRC_URAL_RC_NETWORK } from "../../../shared/seed-sources";
import { LegalForm, OrganizationKind, ResourceCentreLevel } from "../../entities/enums";
import type { OrganizationSeed } from "../types";

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
    description: `Региональный ресурсный центр для НКО, один из пяти центров Уральской сети. Статья называет центр только по региону («${regionInArticle}»); название здесь описательное, не собственное название центра.`,
    sources: [SRC_URAL_RC_NETWORK],
  };
}

/** 004: the Ural network of resource centres. */
export const uralNetworkOrganizations: OrganizationSeed[] = [
  {
    id: "org-khmao-duma",
    name: "Дума Ханты-Мансийского автономного округа – Югры",
    nameEn: "Duma of Khanty-Mansi Autonomous Okrug – Yugra",
    kind: OrganizationKind.LEGISLATURE,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-KHM",
    focusAreas: [],
    description: "Назван через депутата Алексея Андреева (фракция «Единая Россия»).",
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
      "Фонд местных сообществ, учреждённый депутатом Думы Югры Алексеем Андреевым; его " +
      "специалист участвовал в тюменской конференции Уральской сети. Местонахождение в статье " +
      "не указано: Югра выведена из того, что учредитель — депутат Думы Югры. Статья пишет " +
      "название и как «Мы вместе», и как «МЫ ВМЕСТЕ».",
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
      "«Серебряный возраст» — «основная целевая аудитория нашей организации», по словам " +
      "заместителя председателя Е. Мазановой, участницы тюменской конференции Уральской сети.",
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
      "Межрегиональный уровень Уральской сети: статья говорит о поддержке «на базе " +
      "межрегионального, региональных, муниципальных РЦ», но не называет организацию этого " +
      "уровня; название здесь описательное.",
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
