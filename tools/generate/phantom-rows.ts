import { makeInn } from "./identifiers";

/** The word every phantom row's name carries, so that a search finds exactly them. */
export const PHANTOM_WORD = "Призрачная";

/**
 * `count` register rows for `importOrganizations` that name organisations nobody has: new INNs
 * (Tyumen's region number, tax office 99) under the name "Призрачная организация N". An import
 * dry run of them creates rows it then rolls back; the isolation test, benchmark and abuse
 * attack search for the word to see whether anyone else ever saw those rows.
 */
export function phantomRows(count: number, offset = 0) {
  return Array.from({ length: count }, (_, index) => ({
    row: index + 1,
    name: `${PHANTOM_WORD} организация ${offset + index + 1}`,
    inn: makeInn("72", 99, offset + index + 1),
  }));
}
