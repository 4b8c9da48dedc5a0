// Data: Presidential Decree No. 849 of 13 May 2000 as amended (decree order, administrative centres).
import type { FederalDistrictData } from "./types";

export const federalDistricts: FederalDistrictData[] = [
  {
    code: "CENTRAL",
    name: "Центральный федеральный округ",
    nameEn: "Central Federal District",
    shortName: "ЦФО",
    adminCentre: "Москва",
    order: 1,
  },
  {
    code: "NORTHWESTERN",
    name: "Северо-Западный федеральный округ",
    nameEn: "Northwestern Federal District",
    shortName: "СЗФО",
    adminCentre: "Санкт-Петербург",
    order: 2,
  },
  {
    code: "SOUTHERN",
    name: "Южный федеральный округ",
    nameEn: "Southern Federal District",
    shortName: "ЮФО",
    adminCentre: "Ростов-на-Дону",
    order: 3,
  },
  {
    code: "NORTH_CAUCASIAN",
    name: "Северо-Кавказский федеральный округ",
    nameEn: "North Caucasian Federal District",
    shortName: "СКФО",
    adminCentre: "Пятигорск",
    order: 4,
  },
  {
    code: "VOLGA",
    name: "Приволжский федеральный округ",
    nameEn: "Volga Federal District",
    shortName: "ПФО",
    adminCentre: "Нижний Новгород",
    order: 5,
  },
  {
    code: "URAL",
    name: "Уральский федеральный округ",
    nameEn: "Ural Federal District",
    shortName: "УФО",
    adminCentre: "Екатеринбург",
    order: 6,
  },
  {
    code: "SIBERIAN",
    name: "Сибирский федеральный округ",
    nameEn: "Siberian Federal District",
    shortName: "СФО",
    adminCentre: "Новосибирск",
    order: 7,
  },
  {
    code: "FAR_EASTERN",
    name: "Дальневосточный федеральный округ",
    nameEn: "Far Eastern Federal District",
    shortName: "ДФО",
    adminCentre: "Владивосток",
    order: 8,
  },
];
