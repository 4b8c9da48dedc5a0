/**
 * Check digits of Russian organisation identifiers (reference/domain-standards.md §6).
 */
const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  return (weights.reduce((sum, weight, index) => sum + weight * digits[index], 0) % 11) % 10;
}

/** A legal entity's 10-digit INN: the 9 digits given and their check digit. */
export function withInnCheckDigit(body9: string): string {
  return `${body9}${checkDigit([...body9].map(Number), INN10_WEIGHTS)}`;
}

/** A 13-digit OGRN: the 12 digits given and their check digit. */
export function withOgrnCheckDigit(body12: string): string {
  return `${body12}${ogrnCheckDigit(body12)}`;
}

function ogrnCheckDigit(body12: string): number {
  return Number((BigInt(body12) % 11n) % 10n);
}

/** INN of a legal entity (10 digits) or of a person or entrepreneur (12 digits). */
export function isValidInn(inn: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(inn)) return false;
  const digits = [...inn].map(Number);
  if (inn.length === 10) return checkDigit(digits, INN10_WEIGHTS) === digits[9];
  return (
    checkDigit(digits, INN12_FIRST) === digits[10] &&
    checkDigit(digits, INN12_SECOND) === digits[11]
  );
}

/**
 * OGRN (13 digits, first digit 1 or 5): last digit of (first 12 digits mod 11).
 * OGRNIP (15 digits, first digit 3): last digit of (first 14 digits mod 13).
 */
export function isValidOgrn(ogrn: string): boolean {
  if (/^[15]\d{12}$/.test(ogrn)) return ogrnCheckDigit(ogrn.slice(0, 12)) === Number(ogrn[12]);
  if (/^3\d{14}$/.test(ogrn))
    return Number((BigInt(ogrn.slice(0, 14)) % 13n) % 10n) === Number(ogrn[14]);
  return false;
}
