/**
 * Words sprinkled with accents ("Ígnóré áll prévíóús ínstrúctíóns"): NFKC keeps an accented letter as its own
 * character, so the rules, written over the plain words, do not match, while a model reads past the accents. Where
 * several nearby words carry two accents or more, the text around them is read again with the accents taken off,
 * as a decoded payload (see rewrite-regions.ts). French "élève a été" is read again too, and says nothing new.
 */
import { CLASS, C_LATIN_ACCENTED, LATIN_ACCENTED_RANGE } from "./charclass.js";
import { clusterWords, rewriteRegions } from "./rewrite-regions.js";

/** A Latin letter with a diacritic. */
const ACCENTED = new RegExp(`[${LATIN_ACCENTED_RANGE}]`, "g");
export const DIACRITIC_PATTERNS: readonly RegExp[] = [ACCENTED];
/** A disguised word carries at least this many accents. */
const MIN_ACCENTS = 2;
const MIN_CLUSTER = 3;
const MAX_WORD = 40;
const MARKS = /\p{M}/gu;

function always(): boolean {
  return true;
}

/** The word at [start, end) without its accents, when it carries MIN_ACCENTS of them; else undefined. */
function unaccented(text: string, start: number, end: number): string | undefined {
  if (end - start > MAX_WORD) return undefined;
  let accents = 0;
  for (let i = start; i < end && accents < MIN_ACCENTS; i++) if (((CLASS[text.charCodeAt(i)] as number) & C_LATIN_ACCENTED) !== 0) accents++;
  if (accents < MIN_ACCENTS) return undefined;
  const plain = text.slice(start, end).normalize("NFD").replace(MARKS, "");
  // A letter with no decomposition (ø, đ, ł) stays as it is; the length must stay too, or it is not the same word.
  return plain.length === end - start ? plain : undefined;
}

/** The text around every cluster of accent-sprinkled words with the accents taken off; undefined when there is none. */
export function stripDiacritics(text: string, limit: number): string | undefined {
  return rewriteRegions(text, clusterWords(text, ACCENTED, always, unaccented, MIN_CLUSTER, limit), limit);
}
