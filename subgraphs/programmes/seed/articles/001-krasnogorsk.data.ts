import { ValueQualifier } from "../../../shared/figure";
import { SRC_KRASNOGORSK_FORUM } from "../../../shared/seed-sources";
import { ProgrammeKind, ProgrammeStatus, SupportType } from "../../entities/enums";
import type { ProgrammeSeed } from "../types";

/** Where the Moscow Oblast deputy speaks of "наш регион": read as Moscow Oblast. */
const MOS_REGION_NOTE =
  "Artem Kavinov speaks of «наш регион»; read as Moscow Oblast, the region of the Krasnogorsk forum.";

/** 001: Moscow Oblast. */
export const krasnogorskProgrammes: ProgrammeSeed[] = [
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
];
