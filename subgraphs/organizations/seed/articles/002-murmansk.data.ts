import { SRC_MURMANSK_MMDN } from "../../../shared/seed-sources";
import { LegalForm, OrganizationKind } from "../../entities/enums";
import type { OrganizationSeed } from "../types";

/** 002: Murmansk Oblast. */
export const murmanskOrganizations: OrganizationSeed[] = [
  {
    id: "org-murmansk-government",
    name: "Правительство Мурманской области",
    nameEn: "Government of Murmansk Oblast",
    kind: OrganizationKind.GOVERNMENT_BODY,
    legalForm: LegalForm.STATE_BODY,
    socialOriented: false,
    regionCode: "RU-MUR",
    focusAreas: ["социальное партнёрство", "поддержка гражданских инициатив"],
    description:
      "Создание условий для ведения социальной деятельности названо одним из приоритетов " +
      "правительства области; деловую сессию в Мончегорске открыл заместитель губернатора Роман " +
      "Дурягин: «в области зарегистрировано более тысячи некоммерческих организаций».",
    sources: [SRC_MURMANSK_MMDN],
  },
];
