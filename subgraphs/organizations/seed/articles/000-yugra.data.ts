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
      "Правительство Югры. На очередном заседании приняло решение заключить соглашение с " +
      "Ассоциацией социального развития; за предыдущие месяцы округ подписал соглашения с " +
      "фондом региональных социальных программ «Наше будущее» и Агентством социальной " +
      "информации.",
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
      "Статья называет его через директора — Павла Сидорова, заместителя губернатора Югры – " +
      "директора департамента экономического развития.",
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
      "«Зарекомендовала себя как эффективный партнёр власти»: по словам заместителя губернатора " +
      "Геннадия Бухтина, за последние три года при её содействии по всей стране реализовано " +
      "более 700 социальных проектов. Предложила Югре проекты в сфере телемедицины, " +
      "информатизации, повышения информационной грамотности населения; располагает собственными " +
      "механизмами и ресурсами поддержки социально направленных организаций. Местонахождение в " +
      "статье не указано.",
    figures: [
      {
        indicator:
          "социальные проекты, реализованные при содействии Ассоциации по всей стране за последние три года",
        value: "700",
        unit: "проектов",
        qualifier: ValueQualifier.MORE_THAN,
        asOf: null,
        note:
          "«Только за последние три года ... было реализовано более 700 социальных проектов»: три " +
          "года отсчитываются от заседания правительства Югры, которое статья не датирует.",
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
      "«Авторитетный фонд региональных социальных программ»: Югра подписала с ним соглашение за " +
      "несколько месяцев до заседания правительства. Местонахождение в статье не указано.",
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
      "Югра подписала с ним соглашение за несколько месяцев до заседания правительства; больше " +
      "статья о нём ничего не сообщает.",
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
      "Участвовала в общественной оценке соглашения с Ассоциацией социального развития. " +
      "Председатель Нонна Некрасова: «Для нас важно, что… предусматривается возможность " +
      "обучающих семинаров для повышения уровня профессионализма представителей некоммерческого " +
      "сектора».",
    sources: [SRC_YUGRA_AGREEMENT],
  },
];
