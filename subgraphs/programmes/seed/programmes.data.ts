import { ValueQualifier } from "../../shared/figure";
import {
  ProgrammeKind,
  ProgrammeStatus,
  SocialContractDirection,
  SupportType,
} from "../entities/enums";
import type { AwardSeed, ProgrammeSeed } from "./types";

const SRC_YUGRA_AGREEMENT = "000_0bcf786bd17f048b.txt";
const SRC_KRASNOGORSK_FORUM = "001_de6deea41116d0c6.txt";
const SRC_MURMANSK_MMDN = "002_766a36938fc9e7c4.txt";
const SRC_NIZHNY_SOCIAL_CONTRACTS = "003_669d506c99d1203b.txt";
const SRC_URAL_RC_NETWORK = "004_0eaa2e195da163db.txt";

/** Where the Moscow Oblast deputy speaks of "наш регион": read as Moscow Oblast. */
const MOS_REGION_NOTE =
  "Artem Kavinov speaks of «наш регион»; read as Moscow Oblast, the region of the Krasnogorsk forum.";

export const programmes: ProgrammeSeed[] = [
  // 000: Yugra's partnership agreements.
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
      "Support of social entrepreneurship, social innovation and IT in the social sphere, exchange " +
      "of analytical materials, and training seminars for NGO staff; the Association also offers its " +
      "own mechanisms and resources for supporting socially oriented organisations. The agreement " +
      "went through public review before the government approved it.",
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
      "Together with the agreements with the Agency for Social Information and the Association of " +
      "Social Development, described as an almost complete mechanism for promoting social " +
      "entrepreneurship projects. The article does not give its content.",
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
      "Part of the same set of agreements supporting social entrepreneurship projects. The article " +
      "does not give its content.",
    sources: [SRC_YUGRA_AGREEMENT],
  },

  // 001: Moscow Oblast.
  {
    id: "programme-mos-sports-centres-ppp",
    title: "Строительство ФОКов в формате государственно-частного партнерства",
    kind: ProgrammeKind.PUBLIC_PRIVATE_PARTNERSHIP,
    status: ProgrammeStatus.UNKNOWN,
    supportTypes: [SupportType.INFRASTRUCTURE],
    partnerIds: [],
    regionCodes: ["RU-MOS"],
    outcomes: [
      {
        indicator: "ФОКи, построенные в формате партнерства с бизнесом",
        value: "8",
        unit: "sports centres",
        qualifier: ValueQualifier.EXACT,
        asOf: null,
        note: "«сегодня у нас в регионе восемь ФОКов построены»; the article is undated (2017 by inference).",
        source: SRC_KRASNOGORSK_FORUM,
      },
    ],
    focusAreas: ["физкультурно-оздоровительные комплексы", "государственно-частное партнерство"],
    description:
      "Sports centres (ФОК) built in partnership with business, cited as an example of how public-" +
      "private partnership became accepted. No operator or partner is named. " +
      MOS_REGION_NOTE,
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "programme-mos-social-innovation-centre",
    title: "Центр инноваций социальной сферы",
    kind: ProgrammeKind.OTHER,
    status: ProgrammeStatus.PLANNED,
    supportTypes: [],
    operatorId: "org-mos-regional-minprom",
    partnerIds: [],
    regionCodes: ["RU-MOS"],
    periodNote: "Preparation has begun («уже начали проработку создания»); no dates are given.",
    outcomes: [],
    focusAreas: [
      "развитие социального предпринимательства",
      "цифровые технологии для организации деятельности социальных учреждений",
    ],
    description:
      "A centre the regional ministry of industry has begun preparing, meant to become the basis " +
      "for developing social entrepreneurship; one of its main directions is new digital " +
      "technologies for social institutions. " +
      MOS_REGION_NOTE,
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "programme-mos-foster-parent-schools",
    title: "Школы приемных родителей",
    kind: ProgrammeKind.TRAINING,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [SupportType.EDUCATIONAL],
    partnerIds: [],
    regionCodes: ["RU-MOS"],
    outcomes: [],
    focusAreas: ["подготовка приемных родителей"],
    description:
      "A practice the region pioneered and which, the deputy says, already works in many regions. " +
      "No operator is named. " +
      MOS_REGION_NOTE,
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "programme-mos-computer-literacy-pensioners",
    title: "Обучение пенсионеров компьютерной грамотности на базе центров социального обслуживания",
    kind: ProgrammeKind.TRAINING,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [SupportType.EDUCATIONAL],
    partnerIds: [],
    regionCodes: ["RU-MOS"],
    outcomes: [],
    focusAreas: ["компьютерная грамотность", "пенсионеры", "центры социального обслуживания"],
    description:
      "A practice the region pioneered and which already works in many regions. No operator is " +
      "named. " +
      MOS_REGION_NOTE,
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "programme-mos-district-social-workers",
    title: "Сеть участковых специалистов по социальной работе в отдаленных районах",
    kind: ProgrammeKind.SOCIAL_SERVICE,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [],
    partnerIds: [],
    regionCodes: ["RU-MOS"],
    outcomes: [],
    focusAreas: ["социальная работа", "отдаленные районы"],
    description:
      "A network of district social-work specialists in remote districts, a practice the region " +
      "pioneered. No operator is named. " +
      MOS_REGION_NOTE,
    sources: [SRC_KRASNOGORSK_FORUM],
  },

  // 002: Murmansk Oblast.
  {
    id: "programme-murmansk-ngo-projects-budget-2018",
    title: "Бюджетное финансирование проектов НКО Мурманской области в 2018 году",
    kind: ProgrammeKind.SUBSIDY,
    status: ProgrammeStatus.COMPLETED,
    supportTypes: [SupportType.FINANCIAL],
    operatorId: "org-murmansk-government",
    partnerIds: [],
    regionCodes: ["RU-MUR"],
    startsOn: "2018-01-01",
    endsOn: "2018-12-31",
    periodNote: "The article says «в 2018 году»; the period is read as the calendar year 2018.",
    budget: { amount: "60000000", currency: "RUB", qualifier: ValueQualifier.MORE_THAN },
    outcomes: [],
    focusAreas: [
      "физкультура и спорт",
      "образование",
      "здравоохранение",
      "культура",
      "занятость населения",
    ],
    description:
      "«В 2018 году более 60 млн рублей выделено из бюджета на проекты в сфере физкультуры и " +
      "спорта, образования, здравоохранения, культуры и занятости населения». The sentence follows " +
      "the vice-governor's remark that NGOs can compete with budget organisations for funding; it " +
      "is read as money for NGO projects. The article names neither the budget level nor the " +
      "instrument.",
    sources: [SRC_MURMANSK_MMDN],
  },

  // 003: Nizhny Novgorod Oblast and the National Social Initiative.
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

  // 004: the Ural network.
  {
    id: "programme-ural-rc-network",
    title: "Уральская сеть ресурсных центров для развития и поддержки СО НКО",
    kind: ProgrammeKind.RESOURCE_CENTRE_NETWORK,
    status: ProgrammeStatus.ACTIVE,
    supportTypes: [
      SupportType.FINANCIAL,
      SupportType.INFORMATIONAL,
      SupportType.CONSULTING,
      SupportType.METHODOLOGICAL,
    ],
    operatorId: "org-rc-ural-interregional",
    partnerIds: [
      "org-rc-kurgan",
      "org-rc-sverdlovsk",
      "org-rc-tyumen",
      "org-rc-chelyabinsk",
      "org-rc-yugra",
    ],
    regionCodes: ["RU-KGN", "RU-SVE", "RU-TYU", "RU-CHE", "RU-KHM"],
    periodNote:
      "No dates in the article. Its results were summed up at the Tyumen conference of 16–17 " +
      "November (year inferred as 2021), where coordinators reviewed the changes «с момента " +
      "внедрения программы на своей территории по настоящее время».",
    outcomes: [],
    focusAreas: [
      "формирование системы взаимодействия ресурсных центров",
      "профессионализация региональных и муниципальных ресурсных центров",
      "финансовая, информационная, консультационная и методическая поддержка НКО",
      "взаимодействие государственных органов, органов местного самоуправления и НКО",
    ],
    description:
      "Support of NGOs in five regions of the Ural Federal District through interregional, regional " +
      "and municipal resource centres. The article names no operator: the interregional centre is " +
      "read as operator and the five regional centres as partners.",
    sources: [SRC_URAL_RC_NETWORK],
  },
];

// No article names a recipient of a programme's support, so there are no awards.
export const awards: AwardSeed[] = [];
