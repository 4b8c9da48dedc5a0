import { ValueQualifier } from "../../../shared/figure";
import { SRC_MURMANSK_MMDN } from "../../../shared/seed-sources";
import { ProgrammeKind, ProgrammeStatus, SupportType } from "../../entities/enums";
import type { ProgrammeSeed } from "../types";

/** 002: Murmansk Oblast. */
export const murmanskProgrammes: ProgrammeSeed[] = [
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
      "спорта, образования, здравоохранения, культуры и занятости населения». Фраза следует за " +
      "словами вице-губернатора о том, что НКО могут конкурировать с бюджетными организациями " +
      "за финансирование, и прочитана как деньги на проекты НКО. Уровень бюджета и инструмент " +
      "статья не называет.",
    sources: [SRC_MURMANSK_MMDN],
  },
];
