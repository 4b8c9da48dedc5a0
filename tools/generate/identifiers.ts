/**
 * Identifiers that pass the check-digit validators of subgraphs/shared/identifiers.ts: a
 * 10-digit INN of a legal entity and a 13-digit OGRN, both carrying the region's two-digit code.
 */
const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** INN: region (2) + tax office (2) + serial (5) + check digit. */
export function makeInn(regionNumber: string, office: number, serial: number): string {
  const body = `${regionNumber}${pad(office, 2)}${pad(serial, 5)}`;
  const sum = INN10_WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(body[index]),
    0,
  );
  return `${body}${(sum % 11) % 10}`;
}

/** OGRN: 1 + year (2) + region (2) + tax office (2) + serial (5) + check digit. */
export function makeOgrn(
  year: number,
  regionNumber: string,
  office: number,
  serial: number,
): string {
  const body = `1${pad(year % 100, 2)}${regionNumber}${pad(office, 2)}${pad(serial, 5)}`;
  return `${body}${Number((BigInt(body) % 11n) % 10n)}`;
}

function pad(value: number, width: number): string {
  return String(value % 10 ** width).padStart(width, "0");
}
