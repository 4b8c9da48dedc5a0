import { ValueQualifier } from "../../../shared/figure";
import { SRC_NIZHNY_SOCIAL_CONTRACTS } from "../../../shared/seed-sources";
import {
  ProgrammeKind,
  ProgrammeStatus,
  SocialContractDirection,
  SupportType,
} from "../../entities/enums";
import type { ProgrammeSeed } from "../types";

/** 003: Nizhny Novgorod Oblast and the National Social Initiative. */
export const nizhnyNovgorodProgrammes: ProgrammeSeed[] = [
  {
    id: "programme-niz-social-contracts",
    title: "Заключение социальных контрактов в Нижегородской области",
    kind: ProgrammeKind.SOCIAL_CONTRACT,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [SupportType.FINANCIAL, SupportType.CONSULTING],
    operatorId: "org-niz-social-policy-ministry",
    partnerIds: ["org-niz-my-business-centre"],
    regionCodes: ["RU-NIZ"],
    startsOn: "2020-06-01",
    periodNote:
      "Inferred from «за два года реализации проекта», said at the forum of 2–3 June 2022: the " +
      "start is read as about June 2020 (the article gives no start date). Still running at the " +
      "time of the article, so no end date.",
    budget: { amount: "4000000000", currency: "RUB", qualifier: ValueQualifier.ABOUT },
    outcomes: [
      {
        indicator: "заключено социальных контрактов за два года реализации проекта",
        value: "36000",
        unit: "contracts",
        qualifier: ValueQualifier.MORE_THAN,
        asOf: "2022-06-02",
        note:
          "«более 36 тысяч»; told at the case session, whose day within the 2–3 June 2022 forum is " +
          "not stated: asOf is the forum's first day.",
        source: SRC_NIZHNY_SOCIAL_CONTRACTS,
      },
      {
        indicator: "жители региона, улучшившие материальное благосостояние",
        value: "100000",
        unit: "residents",
        qualifier: ValueQualifier.ALMOST,
        asOf: "2022-06-02",
        note:
          "«почти 100 тысяч»; told at the case session, whose day within the 2–3 June 2022 forum is " +
          "not stated: asOf is the forum's first day.",
        source: SRC_NIZHNY_SOCIAL_CONTRACTS,
      },
    ],
    // The two directions the article calls the most successful: employment and own business.
    socialContractDirections: [
      SocialContractDirection.JOB_SEARCH,
      SocialContractDirection.INDIVIDUAL_ENTREPRENEURSHIP,
    ],
    focusAreas: [
      "трудоустройство",
      "создание собственного бизнеса",
      "помощь в составлении типовых бизнес-планов",
    ],
    description:
      "The oblast calls itself the leader in Russia in this work. The budget is the total sum of the " +
      "contracts concluded over two years («на общую сумму около четырех миллиардов рублей»). With " +
      "the «Мой бизнес» centre the oblast helps participants draw up standard business plans. The " +
      "practice was presented at the Forum of Social Task Solutions and in «АСИ Смартека» for " +
      "replication in other regions.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "programme-national-social-initiative",
    title: "Национальная социальная инициатива (НСИ)",
    kind: ProgrammeKind.NATIONAL_INITIATIVE,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [],
    operatorId: "org-agency-strategic-initiatives",
    partnerIds: [],
    regionCodes: [],
    startsOn: "2020-01-01",
    periodNote:
      "«старт которой в 2020 году дал президент»: the year is stated, the day is not; startsOn is " +
      "the first day of 2020.",
    outcomes: [],
    focusAreas: ["лучшие социальные практики", "тиражирование практик"],
    description:
      "Launched in 2020 by President Vladimir Putin; its initiator is the Agency for Strategic " +
      "Initiatives. The Forum of Social Task Solutions is held as part of it.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "programme-asi-smarteka",
    title: "«АСИ Смартека»",
    kind: ProgrammeKind.PRACTICE_LIBRARY,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [SupportType.INFORMATIONAL, SupportType.METHODOLOGICAL],
    operatorId: "org-agency-strategic-initiatives",
    partnerIds: [],
    regionCodes: [],
    outcomes: [],
    focusAreas: ["поиск лучших практик", "помощь в реализации проекта"],
    description:
      "A service for finding best practices, aimed at regional management teams and NGOs: they can " +
      "request a practice and get help implementing it. Nizhny Novgorod Oblast's social-contract " +
      "practice was presented in it. The operator is read from the service's name.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "programme-yekaterinburg-navigator-app",
    title: "Мобильное приложение-навигатор для людей с ограниченными возможностями здоровья",
    kind: ProgrammeKind.PRACTICE,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [],
    partnerIds: [],
    regionCodes: ["RU-SVE"],
    outcomes: [],
    focusAreas: ["люди с ограниченными возможностями здоровья", "доступная среда"],
    description:
      "Works in Yekaterinburg; presented by experts from other regions at the case session. The " +
      "article names no operator.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "programme-korzina-dobroty",
    title: "«Корзина доброты»",
    kind: ProgrammeKind.PRACTICE,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [],
    partnerIds: [],
    regionCodes: [],
    outcomes: [],
    focusAreas: ["благотворительность в крупных торговых сетях"],
    description:
      "A project working in large retail chains, presented at the case session. The article names " +
      "neither its operator nor its regions.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "programme-taxi-hard-of-hearing-drivers",
    title: "Сотрудничество крупного агрегатора такси со слабослышащими водителями",
    kind: ProgrammeKind.PRACTICE,
    status: ProgrammeStatus.UNKNOWN,
    supportTypes: [],
    partnerIds: [],
    regionCodes: [],
    outcomes: [],
    focusAreas: ["трудоустройство слабослышащих"],
    description:
      "Experience of a large taxi aggregator working with hard-of-hearing drivers, presented at the " +
      "case session. The article names neither the aggregator nor its regions.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "programme-moscow-employment-centre-practices",
    title: "Практики Центра занятости населения Москвы",
    kind: ProgrammeKind.PRACTICE,
    status: ProgrammeStatus.UNKNOWN,
    supportTypes: [],
    operatorId: "org-moscow-employment-centre",
    partnerIds: [],
    regionCodes: ["RU-MOW"],
    outcomes: [],
    focusAreas: ["занятость населения"],
    description:
      "«Различные практики Центра занятости населения Москвы» were presented at the case session; " +
      "the article does not describe them.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
];
