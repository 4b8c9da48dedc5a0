import { SRC_URAL_RC_NETWORK } from "../../../shared/seed-sources";
import { ProgrammeKind, ProgrammeStatus, SupportType } from "../../entities/enums";
import type { ProgrammeSeed } from "../types";

/** 004: the Ural network. */
export const uralNetworkProgrammes: ProgrammeSeed[] = [
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
      "Финансовая, информационная, консультационная и методическая поддержка НКО пяти регионов " +
      "УрФО на базе межрегионального, региональных и муниципальных ресурсных центров. Оператор " +
      "в статье не назван: межрегиональный центр прочитан как оператор, пять региональных " +
      "центров — как партнёры.",
    sources: [SRC_URAL_RC_NETWORK],
  },
];
