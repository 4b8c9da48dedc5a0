import { ACTIVITY_CODES } from "./okved-codes.data";
import { SO_NKO_ACTIVITIES, type SoNkoActivity } from "./so-nko-activities.data";

/** What an activities cell names: art. 31.1 activities, OKVED 2 classes, and the rest as written. */
export interface RegisterActivities {
  /** Art. 31.1 п. 1 activities, in the cell's order, each once. */
  activities: SoNkoActivity[];
  /** OKVED 2 classes the import knows (`88.99`), each once. */
  codes: string[];
  /** What neither list knows, as the cell writes it (trimmed), each once. */
  unknown: string[];
}

type TokenKind = "code" | "word" | "comma" | "separator";
interface Token {
  kind: TokenKind;
  folded: string;
  start: number;
  end: number;
}

/**
 * Codes, words, commas and the separators that always part activities (`;`, new lines). Other
 * punctuation (brackets, dashes, quotes, dots) is left out, so «(волонтёрства)» and
 * «волонтерства» or «морально-психологического» and «морально психологического» read the same.
 */
const TOKEN = /(\d{2}(?:\.\d{1,2}){1,3})|([\p{L}\p{N}]+)|([;\n\r]+)|(,)/gu;

const foldWord = (word: string) => word.toLowerCase().replace(/ё/g, "е");

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (match) => ({
    kind: (match[1] ? "code" : match[2] ? "word" : match[3] ? "separator" : "comma") as TokenKind,
    folded: foldWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The words of a phrase, folded as cells are. */
const phraseWords = (phrase: string) =>
  tokenize(phrase)
    .filter(({ kind }) => kind === "word" || kind === "code")
    .map(({ folded }) => folded);

/** Every name and alias of the list by its first word, longest first: the longest match wins. */
const PHRASES = new Map<string, { words: string[]; activity: SoNkoActivity }[]>();
for (const activity of SO_NKO_ACTIVITIES)
  for (const phrase of [activity.name, ...activity.aliases]) {
    const words = phraseWords(phrase);
    const list = PHRASES.get(words[0]) ?? [];
    list.push({ words, activity });
    list.sort((a, b) => b.words.length - a.words.length);
    PHRASES.set(words[0], list);
  }

/** The index after a phrase of the list that starts at `from` (commas inside skipped), or null. */
function phraseAt(tokens: Token[], from: number): { activity: SoNkoActivity; end: number } | null {
  for (const { words, activity } of PHRASES.get(tokens[from].folded) ?? []) {
    let index = from;
    let matched = 0;
    while (matched < words.length && index < tokens.length) {
      const token = tokens[index];
      if (token.kind === "comma") index += 1;
      else if (token.folded === words[matched]) {
        matched += 1;
        index += 1;
      } else break;
    }
    if (matched === words.length) return { activity, end: index };
  }
  return null;
}

/** Words that are left between two activities without naming one: «и», «а также», «пп. 9». */
const CONNECTIVES = new Set(["и", "а", "также", "или", "в", "том", "числе", "п", "пп", "ст"]);

/**
 * Reads an activities cell: phrases of the art. 31.1 п. 1 list (case, ё/е and punctuation
 * folded), OKVED 2 codes (a name may follow a code up to the next separator), and, between
 * them, text neither knows. Commas cannot part activities blindly, since the law's items hold
 * commas themselves; the list's phrases are matched first, across commas, and only the text left
 * over is parted: at `;` and new lines when the cell has any, else at commas.
 */
export function readActivities(cell: string): RegisterActivities {
  const tokens = tokenize(cell);
  const hardSeparators = tokens.some(({ kind }) => kind === "separator");
  const activities = new Set<SoNkoActivity>();
  const codes = new Set<string>();
  const unknown = new Set<string>();
  let pending: Token[] = [];
  const flush = () => {
    for (const part of leftoverParts(pending, hardSeparators)) {
      const words = part.filter(({ kind }) => kind === "word");
      if (words.every(({ folded }) => CONNECTIVES.has(folded) || /^\d+$/.test(folded))) continue;
      unknown.add(cell.slice(part[0].start, part[part.length - 1].end).trim());
    }
    pending = [];
  };
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index];
    if (token.kind === "code") {
      flush();
      const classCode = token.folded.split(".").slice(0, 2).join(".");
      if (ACTIVITY_CODES[classCode]) codes.add(classCode);
      else unknown.add(token.folded);
      // The code's name, if the cell prints one, runs to the next separator.
      index += 1;
      while (index < tokens.length && tokens[index].kind === "word") index += 1;
      continue;
    }
    const phrase = token.kind === "word" ? phraseAt(tokens, index) : null;
    if (phrase) {
      flush();
      activities.add(phrase.activity);
      index = phrase.end;
      continue;
    }
    pending.push(token);
    index += 1;
  }
  flush();
  return { activities: [...activities], codes: [...codes], unknown: [...unknown] };
}

/** Leftover tokens parted into runs of words at separators (commas too, when `commas`). */
function leftoverParts(tokens: Token[], hardSeparators: boolean): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    const partsHere = token.kind === "separator" || (token.kind === "comma" && !hardSeparators);
    if (partsHere) parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts.map(trimCommas).filter((part) => part.length > 0);
}

/** A part without commas at its ends or a list number («2)», «пп. 9») in front. */
const trimCommas = (part: Token[]) => {
  let start = 0;
  let end = part.length;
  const leading = (token: Token) =>
    token.kind === "comma" || /^\d+$/.test(token.folded) || /^пп?$/.test(token.folded);
  while (start < end && leading(part[start])) start += 1;
  while (end > start && part[end - 1].kind === "comma") end -= 1;
  return part.slice(start, end);
};
