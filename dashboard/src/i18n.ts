/**
 * The interface speaks Russian; English labels are a switch (kept in localStorage). Names of
 * places come from the graph in both languages (`name`, `nameEn`); records' own titles are shown
 * as the sources wrote them.
 */
const RU = {
  title: "Ресурсные центры СО НКО",
  country: "Страна",
  search: "Поиск",
  mine: "Мои записи",
  districts: "Федеральные округа",
  district: "Округ",
  region: "Регион",
  regions: "Регионы",
  organizations: "Организации",
  resourceCentres: "Ресурсные центры",
  events: "События",
  programmes: "Программы",
  funding: "Финансирование программ",
  unknown: "неизвестно",
  noData: "нет данных",
  level: "Уровень",
  networks: "Сети",
  budget: "Бюджет",
  outcomes: "Результаты",
  source: "Источник",
  operator: "Оператор",
  awards: "Полученная поддержка",
  programmesOperated: "Программы, которые ведёт",
  eventsPerMonth: "События по месяцам",
  timeline: "События на шкале времени",
  timezone: "Время региона",
  shown: "показано",
  of: "из",
  nothingFound: "Ничего не найдено",
  searchPlaceholder: "Организации, события, программы…",
  find: "Найти",
  signIn: "Войти",
  signOut: "Выйти",
  signInFailed: "Не удалось начать вход",
  signInUnavailable: "Вход не настроен на этом шлюзе",
  coordinator: "координатор сети",
  signedInAs: "Вход:",
  missingPart: "Часть данных недоступна: подграф",
  unavailable: "не отвечает",
  timedOut: "не ответил вовремя",
  failed: "Не удалось загрузить данные",
  edit: "Изменить",
  save: "Сохранить",
  cancel: "Отмена",
  saved: "Сохранено",
  cleared: "очищено",
  nothingChanged: "Нет изменений: сохранять нечего.",
  readOnly: "только чтение",
  ownerOnly: "Изменять можно только свои записи.",
  signInFirst: "Войдите как сотрудник центра, чтобы видеть и изменять свои записи.",
  name: "Название",
  website: "Сайт",
  description: "Описание",
  inn: "ИНН",
  titleField: "Название события",
  venue: "Место",
  participants: "Участников",
  notFound: "Не найдено",
  fundingNote: "сумма заявленных бюджетов программ, действующих в регионе",
  districtFundingNote:
    "сумма по регионам округа; программа, действующая в нескольких регионах, учтена в каждом",
  truncated: "учтены первые",
  dateInferred: "год установлен по контексту",
  parentCentre: "Вышестоящий центр",
  members: "участники",
  previousPage: "Назад",
  nextPage: "Далее",
  noCentres: "В регионе нет ресурсных центров",
  noEventsInRegion: "В регионе нет событий",
  noProgrammesInRegion: "В регионе не действует ни одна программа",
  noOrganizationsInRegion: "В регионе нет организаций",
  noEventsOfOrganization: "У организации нет событий",
  noProgrammesOperated: "Организация не ведёт программ",
  noAwards: "Организация не получала поддержки",
  noNetworks: "Организация не входит в сети",
  noOrganizationsFound: "Организаций не найдено",
  noEventsFound: "Событий не найдено",
  noProgrammesFound: "Программ не найдено",
  noDistricts: "Нет данных о федеральных округах",
  noRegionsInDistrict: "В округе нет регионов",
  noOwnOrganizations: "У центра нет своих организаций",
  noOwnEvents: "У центра нет своих событий",
  noEventsInDistrict: "В округе нет событий",
  monthUnknown: "месяц неизвестен",
  yearShort: " г.",
} as const;

export type Label = keyof typeof RU;

const EN: Record<Label, string> = {
  title: "NGO resource centres",
  country: "Country",
  search: "Search",
  mine: "My records",
  districts: "Federal districts",
  district: "District",
  region: "Region",
  regions: "Regions",
  organizations: "Organisations",
  resourceCentres: "Resource centres",
  events: "Events",
  programmes: "Programmes",
  funding: "Programme funding",
  unknown: "unknown",
  noData: "no data",
  level: "Level",
  networks: "Networks",
  budget: "Budget",
  outcomes: "Outcomes",
  source: "Source",
  operator: "Operator",
  awards: "Support received",
  programmesOperated: "Programmes operated",
  eventsPerMonth: "Events per month",
  timeline: "Events on a timeline",
  timezone: "Region's time",
  shown: "showing",
  of: "of",
  nothingFound: "Nothing found",
  searchPlaceholder: "Organisations, events, programmes…",
  find: "Find",
  signIn: "Sign in",
  signOut: "Sign out",
  signInFailed: "Could not start signing in",
  signInUnavailable: "Sign-in is not configured on this gateway",
  coordinator: "network coordinator",
  signedInAs: "Signed in:",
  missingPart: "Part of the data is missing: subgraph",
  unavailable: "is unavailable",
  timedOut: "did not answer in time",
  failed: "Could not load the data",
  edit: "Edit",
  save: "Save",
  cancel: "Cancel",
  saved: "Saved",
  cleared: "cleared",
  nothingChanged: "Nothing changed: nothing to save.",
  readOnly: "read-only",
  ownerOnly: "Only your own records can be changed.",
  signInFirst: "Sign in as a centre's staff member to see and edit its records.",
  name: "Name",
  website: "Website",
  description: "Description",
  inn: "INN",
  titleField: "Event title",
  venue: "Venue",
  participants: "Participants",
  notFound: "Not found",
  fundingNote: "sum of the stated budgets of the programmes operating in the region",
  districtFundingNote:
    "sum over the district's regions; a programme operating in several regions counts in each",
  truncated: "counted the first",
  dateInferred: "year inferred from context",
  parentCentre: "Parent centre",
  members: "members",
  previousPage: "Previous",
  nextPage: "Next",
  noCentres: "No resource centres in the region",
  noEventsInRegion: "No events in the region",
  noProgrammesInRegion: "No programmes operate in the region",
  noOrganizationsInRegion: "No organisations in the region",
  noEventsOfOrganization: "The organisation has no events",
  noProgrammesOperated: "The organisation operates no programmes",
  noAwards: "The organisation has received no support",
  noNetworks: "The organisation belongs to no network",
  noOrganizationsFound: "No organisations found",
  noEventsFound: "No events found",
  noProgrammesFound: "No programmes found",
  noDistricts: "No data on the federal districts",
  noRegionsInDistrict: "No regions in the district",
  noOwnOrganizations: "The centre has no organisations of its own",
  noOwnEvents: "The centre has no events of its own",
  noEventsInDistrict: "No events in the district",
  monthUnknown: "month unknown",
  yearShort: "",
};

const LANGUAGE_KEY = "ngo-graph.language";

export type Language = "ru" | "en";

/** The language of the interface. */
export function language(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === "en" ? "en" : "ru";
}

export function setLanguage(value: Language): void {
  localStorage.setItem(LANGUAGE_KEY, value);
  document.documentElement.lang = value;
}

/** A label in the current language. */
export function t(label: Label): string {
  return language() === "en" ? EN[label] : RU[label];
}

/** The name of a place in the current language, when the graph gives both. */
export function placeName(place: { name: string; nameEn?: string | null }): string {
  return language() === "en" && place.nameEn ? place.nameEn : place.name;
}

/** The locale for numbers and dates. */
export function locale(): string {
  return language() === "en" ? "en-GB" : "ru-RU";
}
