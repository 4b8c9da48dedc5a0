import { ValueQualifier } from "../../../shared/figure";
import { SRC_KRASNOGORSK_FORUM } from "../../../shared/seed-sources";
import { ProgrammeKind, ProgrammeStatus, SupportType } from "../../entities/enums";
import type { ProgrammeSeed } from "../types";

/** Where the Moscow Oblast deputy speaks of "наш регион": read as Moscow Oblast. */
const MOS_REGION_NOTE =
  "Артем Кавинов говорит о «нашем регионе»; прочитано как Московская область, регион форума в Красногорске.";

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
        unit: "ФОКов",
        qualifier: ValueQualifier.EXACT,
        asOf: null,
        note:
          "«сегодня у нас в регионе восемь ФОКов построены»; статья не датирована (2017 год по " +
          "косвенным признакам).",
        source: SRC_KRASNOGORSK_FORUM,
      },
    ],
    focusAreas: ["физкультурно-оздоровительные комплексы", "государственно-частное партнерство"],
    description:
      "Физкультурно-оздоровительные комплексы (ФОК), построенные в партнёрстве с бизнесом, — " +
      "пример того, как государственно-частное партнёрство стало привычным. Оператор и партнёры " +
      "не названы. " +
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
      "Центр, подготовку которого начал региональный минпром; он должен стать основой развития " +
      "социального предпринимательства, одно из главных направлений — новые цифровые технологии " +
      "для социальных учреждений. " +
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
      "Практика, в которой регион был новатором и которая, по словам депутата, «уже работает во " +
      "многих регионах». Оператор не назван. " +
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
      "Практика, в которой регион был новатором и которая уже работает во многих регионах. " +
      "Оператор не назван. " +
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
      "Сеть участковых специалистов по социальной работе в отдалённых районах — практика, в " +
      "которой регион был новатором. Оператор не назван. " +
      MOS_REGION_NOTE,
    sources: [SRC_KRASNOGORSK_FORUM],
  },
];
