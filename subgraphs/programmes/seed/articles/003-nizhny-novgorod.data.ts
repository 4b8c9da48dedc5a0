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
        unit: "контрактов",
        qualifier: ValueQualifier.MORE_THAN,
        asOf: "2022-06-02",
        note:
          "«более 36 тысяч»; сказано на кейс-сессии, день которой в рамках форума 2–3 июня 2022 " +
          "года не указан: asOf — первый день форума.",
        source: SRC_NIZHNY_SOCIAL_CONTRACTS,
      },
      {
        indicator: "жители региона, улучшившие материальное благосостояние",
        value: "100000",
        unit: "жителей",
        qualifier: ValueQualifier.ALMOST,
        asOf: "2022-06-02",
        note:
          "«почти 100 тысяч»; сказано на кейс-сессии, день которой в рамках форума 2–3 июня 2022 " +
          "года не указан: asOf — первый день форума.",
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
      "«Нижегородская область является лидером по данному направлению работы по России в " +
      "целом»: за два года заключено более 36 тысяч контрактов «на общую сумму около четырех " +
      "миллиардов рублей», материальное благосостояние улучшили почти 100 тысяч жителей. Вместе " +
      "с центром «Мой бизнес» область помогает участникам составлять типовые бизнес-планы. " +
      "Практика представлена на Форуме решений социальных задач и в сервисе «АСИ Смартека» для " +
      "тиражирования в других регионах.",
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
      "Старт дал в 2020 году президент Владимир Путин; инициатор — Агентство стратегических " +
      "инициатив. В её рамках проходит Форум решений социальных задач.",
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
      "Сервис поиска лучших практик для управленческих команд регионов и некоммерческих " +
      "организаций: можно подать запрос на практику и получить помощь в реализации проекта. В " +
      "нём представлена нижегородская практика социальных контрактов. Оператор выведен из " +
      "названия сервиса.",
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
      "Работает в Екатеринбурге; представлено экспертами из других регионов на кейс-сессии. " +
      "Оператор в статье не назван.",
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
      "Проект, работающий в крупных торговых сетях, представлен на кейс-сессии. Статья не " +
      "называет ни оператора, ни регионы.",
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
      "Опыт сотрудничества крупного агрегатора такси со слабослышащими водителями, представлен " +
      "на кейс-сессии. Статья не называет ни агрегатор, ни регионы.",
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
      "На кейс-сессии были представлены «различные практики Центра занятости населения Москвы»; " +
      "статья их не описывает.",
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
];
