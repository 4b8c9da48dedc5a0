import { withInnCheckDigit, withOgrnCheckDigit } from "../../subgraphs/shared/identifiers";

/**
 * Identifiers that pass the check-digit validators of subgraphs/shared/identifiers.ts: a
 * 10-digit INN of a legal entity and a 13-digit OGRN, both carrying the region's two-digit code.
 */

/** INN: region (2) + tax office (2) + serial (5) + check digit. */
export function makeInn(regionNumber: string, office: number, serial: number): string {
  return withInnCheckDigit(`${regionNumber}${pad(office, 2)}${pad(serial, 5)}`);
}

/** OGRN: 1 + year (2) + region (2) + tax office (2) + serial (5) + check digit. */
export function makeOgrn(
  year: number,
  regionNumber: string,
  office: number,
  serial: number,
): string {
  return withOgrnCheckDigit(
    `1${pad(year % 100, 2)}${regionNumber}${pad(office, 2)}${pad(serial, 5)}`,
  );
}

function pad(value: number, width: number): string {
  return String(value % 10 ** width).padStart(width, "0");
}
