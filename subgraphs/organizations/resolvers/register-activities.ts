/**
 * The kinds of activity a register row may name, as OKVED 2 codes (OK 029-2014) of the classes
 * and groups socially oriented NGOs are registered under. Registers print them in the «Виды
 * деятельности» column, often with their names («88.99 Предоставление прочих социальных услуг
 * …»); the import keeps the codes it knows and refuses a row naming any other, since an unknown
 * code is a typo more often than a new kind of NGO. The names become the organisation's focus
 * areas.
 */
export const ACTIVITY_CODES: Readonly<Record<string, string>> = {
  "32.99": "Производство изделий народных художественных промыслов",
  "58.14": "Издание журналов и периодических изданий",
  "63.99": "Информационные услуги",
  "70.22": "Консультирование по вопросам управления",
  "72.20": "Научные исследования в области общественных и гуманитарных наук",
  "73.20": "Исследование конъюнктуры рынка и изучение общественного мнения",
  "82.30": "Организация конференций и выставок",
  "84.25": "Обеспечение пожарной безопасности",
  "85.41": "Дополнительное образование детей и взрослых",
  "85.42": "Дополнительное профессиональное образование",
  "86.90": "Прочая деятельность в области медицины",
  "87.10": "Уход с обеспечением проживания",
  "87.90": "Прочий уход с обеспечением проживания",
  "88.10": "Социальные услуги без обеспечения проживания для престарелых и инвалидов",
  "88.91": "Дневной уход за детьми",
  "88.99": "Прочие социальные услуги без обеспечения проживания",
  "90.01": "Исполнительские искусства",
  "90.04": "Деятельность учреждений культуры и искусства",
  "91.01": "Деятельность библиотек и архивов",
  "91.02": "Деятельность музеев",
  "91.04": "Деятельность ботанических садов, зоопарков и заповедников",
  "93.11": "Деятельность спортивных объектов",
  "93.12": "Деятельность спортивных клубов",
  "93.19": "Прочая деятельность в области спорта",
  "93.29": "Прочая деятельность по организации отдыха и развлечений",
  "94.11": "Деятельность коммерческих и предпринимательских членских организаций",
  "94.12": "Деятельность профессиональных членских организаций",
  "94.91": "Деятельность религиозных организаций",
  "94.99": "Деятельность прочих общественных организаций",
  "96.09": "Прочие персональные услуги",
};

/** A code at the start of an activity: `88.99`, `94.99.1`. */
const CODE = /^\d{2}(?:\.\d{1,2}){1,3}$/;

/**
 * The codes an activities cell names, read from its parts split at `;`, `,` or new lines: each
 * part starts with a code (its name may follow). The class of a deeper code (94.99.1 is in 94.99)
 * is what is looked up.
 */
export function activityCodes(cell: string): { known: string[]; unknown: string[] } {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[;,\n]+/)) {
    const code = part.trim().split(/\s+/)[0];
    if (!code) continue;
    const classCode = CODE.test(code) ? code.split(".").slice(0, 2).join(".") : null;
    if (classCode && ACTIVITY_CODES[classCode]) known.push(classCode);
    else unknown.push(code);
  }
  return { known: [...new Set(known)], unknown };
}

/** The focus areas an organisation gets from known activity codes: `88.99 Прочие …`. */
export function focusAreasOf(codes: string[]): string[] {
  return codes.map((code) => `${code} ${ACTIVITY_CODES[code]}`);
}
