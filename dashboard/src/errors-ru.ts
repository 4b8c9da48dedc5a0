/**
 * The API's errors in Russian. The API writes its messages in English and gives a code
 * (`extensions.code`) and, for a bad value, the field (`extensions.argumentName`,
 * `input.participantCount`). The page reads the code and the field, not the wording, and says
 * the same in Russian; a reason this table does not know keeps the API's English words after
 * the Russian code text, so nothing the API says is lost. The codes are those of
 * docs/api-errors.md, subgraphs/shared/errors.ts, the operation limits and the gateway.
 */

/** What each code means, for a reader of the dashboard. */
export const CODE_TEXTS: Record<string, string> = {
  BAD_USER_INPUT: "Недопустимое значение",
  UNAUTHENTICATED: "Вход не выполнен или срок входа истёк: войдите снова",
  FORBIDDEN: "Нет прав: изменять можно только записи своего центра",
  NOT_FOUND: "Запись не найдена",
  INTERNAL_SERVER_ERROR: "Внутренняя ошибка сервера; сообщите администратору номер запроса",
  SUBGRAPH_UNAVAILABLE: "Часть данных недоступна: подграф не отвечает",
  SUBGRAPH_TIMEOUT: "Часть данных недоступна: подграф не ответил вовремя",
  REQUEST_TIMEOUT: "Сервер не успел ответить; повторите позже",
  DATABASE_UNAVAILABLE: "База данных временно недоступна; повторите через несколько секунд",
  RESPONSE_TOO_LARGE: "Ответ слишком велик; запросите меньше записей",
  PAYLOAD_TOO_LARGE: "Запрос слишком велик",
  BAD_REQUEST: "Неверный запрос",
  GRAPHQL_PARSE_FAILED: "Запрос не удалось разобрать",
  GRAPHQL_VALIDATION_FAILED: "Запрос не соответствует схеме",
  OPERATION_RESOLUTION_FAILURE: "Не указана операция запроса",
  PERSISTED_QUERY_NOT_FOUND: "Сохранённый запрос не найден",
  PERSISTED_QUERY_NOT_SUPPORTED: "Сохранённые запросы не поддерживаются",
  MAX_DEPTH_EXCEEDED: "Запрос слишком глубокий",
  MAX_ALIASES_EXCEEDED: "В запросе слишком много псевдонимов",
  MAX_ROOT_FIELDS_EXCEEDED: "В запросе слишком много корневых полей",
  MAX_DIRECTIVES_EXCEEDED: "В запросе слишком много директив",
  MAX_TOKENS_EXCEEDED: "Запрос слишком длинный",
  MAX_COST_EXCEEDED: "Запрос слишком затратный; запросите меньше записей",
  MAX_SEARCH_TERMS_EXCEEDED: "В поисковом запросе слишком много слов",
  UNKNOWN_ACTIVITY: "Вид деятельности не найден в перечне",
  NETWORK: "Не удалось связаться с сервером",
};

/** The fields a message can name, by their last part (`input.participantCount` → participantCount). */
export const FIELD_NAMES: Record<string, string> = {
  title: "Название события",
  name: "Название",
  nameEn: "Название на английском",
  venue: "Место",
  participantCount: "Участников",
  description: "Описание",
  website: "Сайт",
  inn: "ИНН",
  ogrn: "ОГРН",
  regionCode: "Регион",
  regionCodes: "Регионы",
  municipalityId: "Муниципалитет",
  startsAt: "Начало",
  endsAt: "Окончание",
  timezone: "Часовой пояс",
  kind: "Вид",
  kinds: "Виды",
  level: "Уровень",
  code: "Код",
  federalDistrict: "Федеральный округ",
  search: "Поиск",
  first: "Размер страницы",
  after: "Курсор страницы",
  organizationId: "Организация",
  organizerIds: "Организаторы",
  parentCentreId: "Вышестоящий центр",
  programmeId: "Программа",
  amount: "Сумма",
  currency: "Валюта",
  topics: "Темы",
  period: "Период",
  awardedOn: "Дата решения",
  value: "Значение",
};

/** English reasons the API gives (the end of its message), and how to say them in Russian. */
const REASONS: [RegExp, (...groups: string[]) => string][] = [
  [/^It must not be empty\.?$/, () => "Поле не может быть пустым."],
  [/^It cannot be cleared\.?$/, () => "Это поле нельзя очистить."],
  [/^It must not be negative\.?$/, () => "Значение не может быть отрицательным."],
  [
    /^Expected a whole number from (-?\d+) to (\d+)\.?$/,
    (min, max) => `Ожидается целое число от ${min} до ${max}.`,
  ],
  [/^It is longer than (\d+) characters\.?$/, (max) => `Длиннее ${max} символов.`],
  [/^An id has at most (\d+) characters\.?$/, (max) => `Идентификатор длиннее ${max} символов.`],
  [/^At most (\d+) (?:items|ids) are allowed\.?$/, (max) => `Не больше ${max} значений.`],
  [/^Each item has at most (\d+) characters\.?$/, (max) => `Каждое значение — до ${max} символов.`],
  [/^At most (\d+) .* may be given\.?$/, (max) => `Не больше ${max} значений.`],
  [
    /^Expected an http\(s\) URL\.?$/,
    () => "Ожидается адрес сайта, начинающийся с http:// или https://.",
  ],
  [
    /^Expected an INN of 10 or 12 digits with valid check digits\.?$/,
    () => "Ожидается ИНН из 10 или 12 цифр с верными контрольными цифрами.",
  ],
  [
    /^Expected an OGRN of 13 \(or OGRNIP of 15\) digits with a valid check digit\.?$/,
    () => "Ожидается ОГРН из 13 цифр (или ОГРНИП из 15) с верной контрольной цифрой.",
  ],
  [
    /^Expected (?:the|an) ISO 3166-2:RU code.*$/,
    () => "Ожидается код субъекта РФ по ISO 3166-2:RU, например RU-TYU.",
  ],
  [
    /^Expected a federal district code.*$/,
    () => "Ожидается код федерального округа, например URAL.",
  ],
  [/^Expected a municipality id.*$/, () => "Ожидается код муниципалитета вида RU-MUR-monchegorsk."],
  [
    /^It does not lie in region (\S+?)\.?$/,
    (region) => `Муниципалитет не входит в регион ${region}.`,
  ],
  [
    /^The municipality (\S+) lies elsewhere.*$/,
    (id) => `Муниципалитет ${id} находится в другом регионе: измените или очистите и его.`,
  ],
  [/^Expected an IANA time zone.*$/, () => "Ожидается часовой пояс IANA, например Europe/Moscow."],
  [
    /^Expected ISO 8601 date-time with an offset.*$/,
    () => "Ожидаются дата и время со смещением, например 2022-06-02T10:00:00+03:00.",
  ],
  [/^Expected a calendar date.*$/, () => "Ожидается дата в виде ГГГГ-ММ-ДД."],
  [/^Expected a date such as.*$/, () => "Ожидается дата, например 01.03.2024 или 2024-03-01."],
  [
    /^It is before (\S+) \((.*)\)\.?$/,
    (field, value) => `Раньше, чем ${fieldName(field)} (${value}).`,
  ],
  [
    /^It ends \((.*)\) before it starts \((.*)\)\.?$/,
    (to, from) => `Конец (${to}) раньше начала (${from}).`,
  ],
  [
    /^Expected a non-negative amount.*$/,
    () => "Ожидается неотрицательная сумма, не больше двух знаков после запятой.",
  ],
  [/^Expected an ISO 4217 code.*$/, () => "Ожидается код валюты ISO 4217, например RUB."],
  [/^At most 10\^(\d+) roubles\.?$/, (power) => `Не больше 10^${power} рублей.`],
  [/^Page size must be between 0 and (\d+)\.?$/, (max) => `Размер страницы — от 0 до ${max}.`],
  [/^It is not a cursor returned by this API\.?$/, () => "Это не курсор, выданный API."],
  [/^It is a cursor of another list.*$/, () => "Это курсор другого списка."],
  [/^No such (?:programme|organisation)\.?$/, () => "Такой записи нет."],
  [/^It is archived\.?$/, () => "Запись в архиве."],
  [
    /^It would make a cycle of parents\.?$/,
    () => "Получился бы замкнутый круг вышестоящих центров.",
  ],
  [/^It is not a cursor of ranked results\.?$/, () => "Это не курсор результатов поиска."],
  [/^Its sort value is not an? ?.*$/, () => "Курсор повреждён."],
  [
    /^Expected the id of a live resource centre\.?$/,
    () => "Ожидается id действующего ресурсного центра.",
  ],
  [/^Expected the id of (.+?)\.?$/, (what) => `Ожидается id: ${what}.`],
  [/^It has no consent of (\S+?)\.?$/, (id) => `Нет согласия организации ${id}.`],
  [/^It is not a member of (\S+?)\.?$/, (id) => `Не входит в сеть ${id}.`],
  [
    /^Only a SOCIAL_CONTRACT programme has directions\.?$/,
    () => "Направления есть только у программы социального контракта.",
  ],
  [
    /^Search is limited to (\d+) characters\.?$/,
    (max) => `Поисковый запрос — не длиннее ${max} символов.`,
  ],
  [
    /^Search needs at least one letter or digit\.?$/,
    () => "В поисковом запросе нужна хотя бы одна буква или цифра.",
  ],
  [/^Internal server error.*$/, () => "Внутренняя ошибка сервера."],
  [/^Malformed request body: (.*)$/, (detail) => `Неверное тело запроса: ${detail}`],
  // The import of a register (docs/importing-registers.md).
  [
    /^An INN or an OGRN is needed to match the organisation\.?$/,
    () => "Чтобы найти организацию, нужен ИНН или ОГРН.",
  ],
  [
    /^Expected 1 to (\d+) rows per request.*$/,
    (max) => `Ожидается от 1 до ${max} строк за запрос; большой реестр отправляйте частями.`,
  ],
  [
    /^Expected a form of support: .*$/,
    () =>
      "Ожидается форма поддержки: финансовая, имущественная, информационная, консультационная, методическая или образовательная.",
  ],
  [
    /^Not an activity of 7-FZ art\. 31\.1 п\. 1 nor a known OKVED 2 code, kept as free text: (.*?)\.?$/,
    (value) =>
      `Нет в перечне видов деятельности ст. 31.1 п. 1 закона 7-ФЗ и не код ОКВЭД 2; сохранено как текст: ${value}.`,
  ],
  [/^Organization (\S+) is archived\.?$/, (id) => `Организация ${id} в архиве.`],
  [
    /^Organization (\S+), found by its (INN|OGRN), has (?:OGRN|INN) (\S+?)\.?$/,
    (id, by, other) =>
      `Организация ${id}, найденная по ${by === "INN" ? "ИНН" : "ОГРН"}, имеет другой ${by === "INN" ? "ОГРН" : "ИНН"}: ${other}.`,
  ],
  [
    /^Programme (\S+) for this body and form of support is archived\.?$/,
    (id) => `Программа ${id} этого органа и формы поддержки в архиве.`,
  ],
  [
    /^Row (\d+) has the same INN and decision date\.?$/,
    (row) => `Строка ${row} с теми же ИНН и датой решения.`,
  ],
  [
    /^Row (\d+) has the same register entry\.?$/,
    (row) => `Строка ${row} с той же реестровой записью.`,
  ],
  [
    /^The INN names (\S+) and the OGRN names (\S+?)\.?$/,
    (a, b) => `ИНН указывает на ${a}, а ОГРН — на ${b}.`,
  ],
  [/^The decision date is required\.?$/, () => "Нужна дата решения."],
];

/** The Russian name of the field an error names (`input.topics[2]` → «Темы»), else the name. */
export function fieldName(field: string): string {
  const last =
    field
      .replace(/\[\d+\]$/, "")
      .split(".")
      .pop() ?? field;
  return FIELD_NAMES[last] ?? field;
}

/** The API's reason in Russian, or undefined when this table does not know it. */
export function reasonText(reason: string): string | undefined {
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(reason.trim());
    if (match) return say(...match.slice(1));
  }
  return undefined;
}

/** The parts of `Invalid value for "input.x": <value>. <reason>`, as errors.ts writes it. */
function splitBadInput(message: string, field: string) {
  const prefix = `Invalid value for "${field}": `;
  if (!message.startsWith(prefix)) return undefined;
  const rest = message.slice(prefix.length);
  // The quoted value is JSON (it may hold ". "): the reason is the longest known ending.
  for (let at = rest.indexOf(". "); at !== -1; at = rest.indexOf(". ", at + 1)) {
    const reason = reasonText(rest.slice(at + 2));
    if (reason) return { value: rest.slice(0, at), reason };
  }
  return undefined;
}

/**
 * An API error in Russian: by code and field, with the reason translated; the English message
 * stays in brackets when the reason is one this table does not know.
 */
export function russianError(error: { message: string; code?: string; field?: string }): string {
  const codeText = (error.code && CODE_TEXTS[error.code]) || "Ошибка";
  if (error.code === "NETWORK") return codeText;
  if (error.field) {
    const parts = splitBadInput(error.message, error.field);
    const name = fieldName(error.field);
    if (parts) return `Поле «${name}»: значение ${parts.value} не подходит. ${parts.reason}`;
    return `Поле «${name}»: ${codeText.toLowerCase()}. ${error.message}`;
  }
  if (error.code && SELF_EXPLAINED.has(error.code)) return `${codeText}.`;
  return `${codeText}: ${error.message}`;
}

/** Codes whose Russian text says all the reader needs; the others keep the API's details. */
const SELF_EXPLAINED = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SUBGRAPH_UNAVAILABLE",
  "SUBGRAPH_TIMEOUT",
  "REQUEST_TIMEOUT",
  "RESPONSE_TOO_LARGE",
  "PAYLOAD_TOO_LARGE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  ...Object.keys(CODE_TEXTS).filter((code) => code.startsWith("MAX_")),
]);
