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
      "The article says only that the decision was taken «сегодня» at a regular government meeting " +
      "and gives no date. The year is inferred from context: Pavel Sidorov is named as deputy " +
      "governor and director of the department of economic development, a combined post regional " +
      "press dates from 2015 to 31 May 2018, and the agreements with «Наше будущее» and the Agency " +
      "for Social Information are called recent. 2016 is a best estimate within 2015–2018; startsAt " +
      "is the first day of that year.",
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
      "Day and month are stated («пройдет 8-9 июня в Красногорске»); the year is not. 2017 is " +
      "inferred: the article announces the second edition of the forum in Krasnogorsk, and the " +
      "forum's own history (first edition Omsk 2015, second Krasnogorsk 2017) places it in 2017. " +
      "The dates are those the article announces.",
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
      "The article gives no date for VII ММДН. The year 2018 is inferred from the vice-governor's " +
      "«В 2018 году более 60 млн рублей выделено», which speaks of 2018 money as already " +
      "allocated. Announcements outside the article put VII ММДН on 12–16 November 2018. startsAt " +
      "is the first day of the inferred year.",
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
      "«Вчера, в заключительный день работы VII ММДН»: the session was held on the final day of " +
      "VII ММДН, the day before the article; neither date is given. Year 2018 inferred as for " +
      "VII ММДН (outside announcements put its final day on 16 November 2018).",
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
    dateNote: "«2 и 3 июня 2022 года» is stated; no times are given.",
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
        note: "Total over the two forum days; asOf is the last day.",
        source: SRC_NIZHNY_SOCIAL_CONTRACTS,
      },
      {
        indicator: "практико-ориентированные лаборатории по различным направлениям",
        value: "10",
        unit: "лабораторий",
        qualifier: ValueQualifier.MORE_THAN,
        asOf: "2022-06-03",
        note: "Included in the events above; total over the two forum days.",
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
      "Held within the forum of 2–3 June 2022; the article does not say on which of the two days, " +
      "so startsAt and endsAt span both forum days and the precision is the month.",
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
    dateNote: "«25 мая 2022 года» is stated; the place and time are not, Moscow time is assumed.",
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
      "Day and month are stated («с 16 по 17 ноября»); the year is not, and the article does not " +
      "settle it. 2021 is a best estimate: the conference summed up the programme «Уральская сеть " +
      "ресурсных центров для развития и поддержки СО НКО», and a follow-on project of the network, " +
      "«Уральская сеть ресурсных центров для СО НКО. В ногу со временем», won a presidential grant " +
      "in the second 2021 competition. 16–17 November 2021 fell on a Tuesday and Wednesday.",
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
