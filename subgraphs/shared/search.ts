import { newStemmer } from "snowball-stemmers";
import { WORD } from "./search-terms";

const russian = newStemmer("russian");
const english = newStemmer("english");
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Folds one word the way a Russian reader compares words: lower case, ё read as е, and the
 * inflectional ending removed (Snowball), so "конференции" and "Конференция" meet as "конференц".
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  if (/^\p{N}+$/u.test(lower)) return lower;
  const stemmer = CYRILLIC.test(lower) ? russian : english;
  return stemmer.stem(lower).replace(/ё/g, "е");
}

/** The folded words of a text, in order. */
export function foldWords(text: string): string[] {
  return (text.match(WORD) ?? []).map(foldWord);
}

/**
 * The search key stored beside a record at write time: its folded words separated and
 * surrounded by single spaces, so a word prefix is found with `LIKE '% prefix%'` on
 * SQLite and PostgreSQL alike (SQLite's own `lower()` does not fold Cyrillic).
 */
export function buildSearchText(...parts: (string | null | undefined | string[])[]): string {
  const words = parts.flat().flatMap((part) => (part ? foldWords(part) : []));
  return ` ${[...new Set(words)].join(" ")} `;
}
