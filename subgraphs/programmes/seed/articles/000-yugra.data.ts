import { SRC_YUGRA_AGREEMENT } from "../../../shared/seed-sources";
import { ProgrammeKind, ProgrammeStatus, SupportType } from "../../entities/enums";
import type { ProgrammeSeed } from "../types";

/** 000: Yugra's partnership agreements. */
export const yugraProgrammes: ProgrammeSeed[] = [
  {
    id: "programme-khmao-asd-agreement",
    title: "Соглашение Правительства Югры с Ассоциацией социального развития",
    kind: ProgrammeKind.PARTNERSHIP_AGREEMENT,
    status: ProgrammeStatus.PLANNED,
    supportTypes: [SupportType.INFORMATIONAL, SupportType.EDUCATIONAL],
    operatorId: "org-khmao-government",
    partnerIds: ["org-association-social-development"],
    regionCodes: ["RU-KHM"],
    periodNote:
      "The government decided to conclude the agreement («заключат Соглашение»); it was not yet " +
      "signed at the time of the article, which gives no dates (the meeting is dated 2016 by " +
      "inference).",
    outcomes: [],
    focusAreas: [
      "социальное предпринимательство",
      "социальные инновации",
      "информационные технологии в социальной сфере",
      "обмен аналитическими и другими материалами",
      "обучающие семинары для повышения уровня профессионализма представителей некоммерческого сектора",
    ],
    description:
      "Поддержка социального предпринимательства, социальных инноваций и информационных " +
      "технологий в социальной сфере, обмен аналитическими и другими материалами, обучающие " +
      "семинары для представителей некоммерческого сектора; Ассоциация также предоставляет " +
      "собственные механизмы и ресурсы поддержки социально направленных организаций. Перед " +
      "утверждением правительством соглашение прошло общественную оценку.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "programme-khmao-nashe-budushchee-agreement",
    title: "Соглашение Югры с фондом региональных социальных программ «Наше будущее»",
    kind: ProgrammeKind.PARTNERSHIP_AGREEMENT,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [],
    operatorId: "org-khmao-government",
    partnerIds: ["org-nashe-budushchee-foundation"],
    regionCodes: ["RU-KHM"],
    periodNote:
      "«За последние месяцы автономный округ уже подписал соглашение»: signed in the months before " +
      "the government meeting (dated 2016 by inference); the article gives no date.",
    outcomes: [],
    focusAreas: ["социальное предпринимательство"],
    description:
      "Вместе с соглашениями с Агентством социальной информации и Ассоциацией социального " +
      "развития — «практически оформленный механизм всесторонней поддержки продвижения проектов " +
      "социального предпринимательства». Содержание соглашения статья не приводит.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "programme-khmao-social-information-agency-agreement",
    title: "Соглашение Югры с Агентством социальной информации",
    kind: ProgrammeKind.PARTNERSHIP_AGREEMENT,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [],
    operatorId: "org-khmao-government",
    partnerIds: ["org-social-information-agency"],
    regionCodes: ["RU-KHM"],
    periodNote:
      "«За последние месяцы автономный округ уже подписал соглашение»: signed in the months before " +
      "the government meeting (dated 2016 by inference); the article gives no date.",
    outcomes: [],
    focusAreas: ["социальное предпринимательство"],
    description:
      "Часть того же набора соглашений о поддержке проектов социального предпринимательства. " +
      "Содержание соглашения статья не приводит.",
    sources: [SRC_YUGRA_AGREEMENT],
  },
];
