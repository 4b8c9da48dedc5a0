import { ValueQualifier } from "../../shared/figure";
import { DatePrecision, EventKind } from "../entities/enums";
import type { EventSeed } from "./types";
import {
  SRC_YUGRA_AGREEMENT,
  SRC_KRASNOGORSK_FORUM,
  SRC_MURMANSK_MMDN,
  SRC_NIZHNY_SOCIAL_CONTRACTS,
  SRC_URAL_RC_NETWORK,
} from "../../shared/seed-sources";

const MOSCOW_TZ = "Europe/Moscow";
const YEKATERINBURG_TZ = "Asia/Yekaterinburg";

export const events: EventSeed[] = [
  {
    id: "event-khmao-government-meeting-asd-agreement",
    title:
      "Заседание Правительства Ханты-Мансийского автономного округа – Югры: решение заключить " +
      "Соглашение с Ассоциацией социального развития",
    kind: EventKind.GOVERNMENT_MEETING,
    startsAt: "2016-01-01T00:00:00+05:00",
    timezone: YEKATERINBURG_TZ,
    datePrecision: DatePrecision.YEAR,
    dateInferred: true,
    dateNote:
      "Статья говорит лишь, что решение принято «сегодня» на очередном заседании правительства, " +
      "и даты не приводит. Год выведен из контекста: Павел Сидоров назван заместителем " +
      "губернатора – директором департамента экономического развития, а это совмещение " +
      "региональная пресса датирует 2015 годом – 31 мая 2018 года; соглашения с «Нашим будущим» " +
      "и Агентством социальной информации названы недавними. 2016 — наиболее вероятная оценка в " +
      "пределах 2015–2018; startsAt — первый день этого года.",
    regionCode: "RU-KHM",
    organizerIds: ["org-khmao-government"],
    speakerIds: ["person-gennady-bukhtin", "person-pavel-sidorov"],
    topics: [
      "Соглашение с Ассоциацией социального развития",
      "поддержка социального предпринимательства",
      "социальные инновации",
      "информационные технологии в социальной сфере",
      "обмен аналитическими и другими материалами",
    ],
    description:
      "Правительство Югры приняло решение заключить соглашение с Ассоциацией социального " +
      "развития; перед утверждением соглашение прошло общественную оценку.",
    figures: [],
    sources: [SRC_YUGRA_AGREEMENT],
  },
  {
    id: "event-second-forum-social-innovations-regions",
    title: "Второй форум социальных инноваций регионов",
    kind: EventKind.FORUM,
    startsAt: "2017-06-08T00:00:00+03:00",
    endsAt: "2017-06-09T23:59:59+03:00",
    timezone: MOSCOW_TZ,
    datePrecision: DatePrecision.DAY,
    dateInferred: true,
    dateNote:
      "День и месяц указаны («пройдет 8-9 июня в Красногорске»), год — нет. 2017 выведен: " +
      "статья анонсирует второй форум в Красногорске, а история самого форума (первый — Омск, " +
      "2015, второй — Красногорск, 2017) относит его к 2017 году. Даты — те, что анонсирует " +
      "статья.",
    regionCode: "RU-MOS",
    municipalityId: "RU-MOS-krasnogorsk",
    organizerIds: [],
    speakerIds: [],
    topics: [
      "социальные инновации",
      "социальное предпринимательство",
      "инвестиции в социальную сферу",
      "обмен опытом",
    ],
    description:
      "Анонсирован депутатом Государственной Думы Артемом Кавиновым как российская площадка " +
      "обмена опытом, которая «более четко обозначит ресурсы в теме социального " +
      "предпринимательства». Организатор в статье не назван.",
    figures: [],
    sources: [SRC_KRASNOGORSK_FORUM],
  },
  {
    id: "event-vii-mmdn",
    title: "VII ММДН",
    kind: EventKind.FORUM,
    startsAt: "2018-01-01T00:00:00+03:00",
    timezone: MOSCOW_TZ,
    datePrecision: DatePrecision.YEAR,
    dateInferred: true,
    dateNote:
      "Статья не датирует VII ММДН. 2018 год выведен из слов вице-губернатора «В 2018 году " +
      "более 60 млн рублей выделено»: деньги 2018 года уже выделены. Анонсы вне статьи относят " +
      "VII ММДН к 12–16 ноября 2018 года. startsAt — первый день выведенного года.",
    regionCode: "RU-MUR",
    organizerIds: [],
    speakerIds: [],
    topics: [],
    description:
      "VII ММДН (Мурманская международная деловая неделя; статья приводит только сокращение). В " +
      "заключительный день в Мончегорске прошла деловая сессия «Социальное партнёрство. " +
      "Социальное проектирование».",
    figures: [],
    sources: [SRC_MURMANSK_MMDN],
  },
  {
    id: "event-mmdn-social-partnership-session",
    title: "Деловая сессия «Социальное партнёрство. Социальное проектирование»",
    kind: EventKind.BUSINESS_SESSION,
    startsAt: "2018-01-01T00:00:00+03:00",
    timezone: MOSCOW_TZ,
    datePrecision: DatePrecision.YEAR,
    dateInferred: true,
    dateNote:
      "«Вчера, в заключительный день работы VII ММДН»: сессия прошла в последний день VII ММДН, " +
      "накануне публикации; ни одна из дат не указана. 2018 год выведен так же, как для VII " +
      "ММДН (анонсы вне статьи относят её последний день к 16 ноября 2018 года).",
    regionCode: "RU-MUR",
    municipalityId: "RU-MUR-monchegorsk",
    participantCount: 70,
    participantCountQualifier: ValueQualifier.MORE_THAN,
    parentId: "event-vii-mmdn",
    organizerIds: ["org-murmansk-government"],
    speakerIds: ["person-roman-duryagin"],
    topics: [
      "Роль волонтёрского движения в жизни города",
      "Опыт проектирования мероприятий и применение различных методик в организации городских событий",
      "Городские события как фактор развития территорий. Социальное партнёрство в организации",
      "корпоративное волонтерство",
      "социальное партнёрство",
      "совместная организация значимых городских событий",
    ],
    description:
      "Представители власти, бизнеса и общества поделились опытом совместной организации " +
      "социально направленных проектов и мероприятий. Ключевые спикеры — из городов крупных " +
      "промышленных предприятий: Полярные Зори, Оленегорск, Мончегорск, Кандалакша. Участников " +
      "приветствовал заместитель губернатора Роман Дурягин, говоривший о социальной роли " +
      "градообразующих предприятий.",
    figures: [],
    sources: [SRC_MURMANSK_MMDN],
  },
  {
    id: "event-forum-social-task-solutions-2022",
    title: "Форум решений социальных задач",
    kind: EventKind.FORUM,
    startsAt: "2022-06-02T00:00:00+03:00",
    endsAt: "2022-06-03T23:59:59+03:00",
    timezone: MOSCOW_TZ,
    datePrecision: DatePrecision.DAY,
    dateInferred: false,
    dateNote: "«2 и 3 июня 2022 года» указано; время не указано.",
    regionCode: "RU-MOW",
    participantCount: 1000,
    participantCountQualifier: ValueQualifier.MORE_THAN,
    // The article names АСИ as the initiator of the National Social Initiative the forum belongs to.
    organizerIds: ["org-agency-strategic-initiatives"],
    speakerIds: [],
    topics: [
      "лучшие практики регионов, НКО и бизнеса",
      "тиражирование социальных практик",
      "Национальная социальная инициатива",
    ],
    description:
      "Впервые прошёл в 2022 году в рамках Национальной социальной инициативы. Участники со " +
      "всей России: федеральные и региональные органы власти, бизнес, образовательные " +
      "организации и НКО. Нижегородская область представила здесь практику социальных " +
      "контрактов.",
    figures: [
      {
        indicator: "мероприятия различных форматов за два дня работы",
        value: "60",
        unit: "мероприятий",
        qualifier: ValueQualifier.MORE_THAN,
        asOf: "2022-06-03",
        note: "Всего за два дня форума; asOf — последний день.",
        source: SRC_NIZHNY_SOCIAL_CONTRACTS,
      },
      {
        indicator: "практико-ориентированные лаборатории по различным направлениям",
        value: "10",
        unit: "лабораторий",
        qualifier: ValueQualifier.MORE_THAN,
        asOf: "2022-06-03",
        note: "Входят в число мероприятий выше; всего за два дня форума.",
        source: SRC_NIZHNY_SOCIAL_CONTRACTS,
      },
    ],
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "event-case-session-practice-human-face",
    title: "Кейс-сессия «Практика с человеческим лицом»",
    kind: EventKind.CASE_SESSION,
    startsAt: "2022-06-02T00:00:00+03:00",
    endsAt: "2022-06-03T23:59:59+03:00",
    timezone: MOSCOW_TZ,
    datePrecision: DatePrecision.MONTH,
    dateInferred: false,
    dateNote:
      "Прошла в рамках форума 2–3 июня 2022 года; статья не говорит, в какой из двух дней, " +
      "поэтому startsAt и endsAt охватывают оба дня форума, а точность — месяц.",
    regionCode: "RU-MOW",
    parentId: "event-forum-social-task-solutions-2022",
    organizerIds: [],
    speakerIds: ["person-natalya-isaeva"],
    topics: [
      "лучшие практики регионов, НКО и бизнеса, направленные на удовлетворение потребностей человека в различных жизненных ситуациях",
      "заключение социальных контрактов",
      "мобильное приложение-навигатор для людей с ограниченными возможностями здоровья",
      "агрегатор такси и слабослышащие водители",
      "«Корзина доброты»",
      "практики Центра занятости населения Москвы",
    ],
    description:
      "Наталья Исаева представила нижегородскую практику социальных контрактов, показанную " +
      "также через сервис «АСИ Смартека»; эксперты из других регионов представили свои проекты " +
      "и механизмы их тиражирования.",
    figures: [],
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "event-state-council-presidium-2022-05-25",
    title: "Заседание президиума Государственного Совета",
    kind: EventKind.GOVERNMENT_MEETING,
    startsAt: "2022-05-25T00:00:00+03:00",
    endsAt: "2022-05-25T23:59:59+03:00",
    timezone: MOSCOW_TZ,
    datePrecision: DatePrecision.DAY,
    dateInferred: false,
    dateNote: "«25 мая 2022 года» указано; место и время — нет, принято московское время.",
    organizerIds: ["org-state-council-rf", "org-president-rf"],
    speakerIds: ["person-anton-kotyakov"],
    topics: ["вопросы социальной поддержки граждан", "практика социальных контрактов"],
    description:
      "Провёл Владимир Путин. Министр Антон Котяков отметил эффективность нижегородской " +
      "практики социальных контрактов; участвовал губернатор Глеб Никитин.",
    figures: [],
    sources: [SRC_NIZHNY_SOCIAL_CONTRACTS],
  },
  {
    id: "event-ural-rc-network-conference-tyumen",
    title:
      "Межрегиональная конференция «Уральская сеть ресурсных центров для НКО: от регионов к муниципалитетам»",
    kind: EventKind.CONFERENCE,
    startsAt: "2021-11-16T00:00:00+05:00",
    endsAt: "2021-11-17T23:59:59+05:00",
    timezone: YEKATERINBURG_TZ,
    datePrecision: DatePrecision.DAY,
    dateInferred: true,
    dateNote:
      "День и месяц указаны («с 16 по 17 ноября»), год — нет, и статья его не проясняет. 2021 — " +
      "наиболее вероятная оценка: конференция подвела итоги программы «Уральская сеть ресурсных " +
      "центров для развития и поддержки СО НКО», а следующий проект сети, «Уральская сеть " +
      "ресурсных центров для СО НКО. В ногу со временем», получил президентский грант во втором " +
      "конкурсе 2021 года. 16–17 ноября 2021 года пришлись на вторник и среду.",
    regionCode: "RU-TYU",
    municipalityId: "RU-TYU-tyumen",
    organizerIds: [
      "org-rc-ural-interregional",
      "org-rc-kurgan",
      "org-rc-sverdlovsk",
      "org-rc-tyumen",
      "org-rc-chelyabinsk",
      "org-rc-yugra",
    ],
    speakerIds: [],
    topics: [
      "формирование системы взаимодействия, содействие профессионализации региональных и муниципальных ресурсных центров",
      "финансовая, информационная, консультационная и методическая поддержка деятельности НКО пяти регионов УрФО на базе межрегионального, региональных, муниципальных РЦ",
      "расширение практики взаимодействия государственных органов, органов местного самоуправления и НКО пяти регионов Уральского федерального округа",
      "итоги реализации программы «Уральская сеть ресурсных центров для развития и поддержки СО НКО»",
    ],
    description:
      "Представители пяти ресурсных центров из Курганской, Свердловской, Тюменской, Челябинской " +
      "областей и ХМАО – Югры собрались в Тюмени (статья называет встречу и семинаром). " +
      "Координаторы региональных ресурсных центров проанализировали изменения с момента " +
      "внедрения программы на своей территории. Среди участников — специалист фонда местных " +
      "сообществ «Мы вместе» и Е. Мазанова из Курганской городской организации ветеранов. " +
      "Статья называет центры только по регионам и не говорит, кто из них организовал " +
      "конференцию.",
    figures: [],
    sources: [SRC_URAL_RC_NETWORK],
  },
];
