/**
 * Latin letters buried under combining marks ("I̸g̸n̸o̸r̸e̸", Zalgo text): NFKC composes a mark into its letter only
 * where a precomposed character exists, so the rest stay and split every word the rules read. A model reads the
 * letters, so a text with several letters carrying such marks is read again with the marks removed, as a decoded
 * payload (see rewrite-regions.ts).
 */
import { CLASS, C_ASCII_LETTER } from "./charclass.js";
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

/**
 * A run of combining marks (the diacritical-mark blocks and U+0489); it counts after an ASCII letter, checked by
 * hand, since a look-behind would be tried at every position.
 */
const MARK_RUN = /[\u0300-\u036F\u0489\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+/g;
export const COMBINING_MARK_PATTERNS: readonly RegExp[] = [MARK_RUN];
/** Fewer marked letters than this are accents and typos, not a disguise. */
const MIN_MARKED = 4;

/** The text around the letters that carry marks, the marks removed; undefined when fewer than MIN_MARKED do. */
export function stripCombiningMarks(text: string, limit: number): string | undefined {
  const marks: Rewrite[] = [];
  let covered = 0;
  MARK_RUN.lastIndex = 0;
  for (let m = MARK_RUN.exec(text); m !== null && covered < limit; m = MARK_RUN.exec(text)) {
    if (((CLASS[text.charCodeAt(m.index - 1)] as number) & C_ASCII_LETTER) === 0) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, text: "" });
    covered += m[0].length;
  }
  if (marks.length < MIN_MARKED) return undefined;
  return rewriteRegions(text, marks.map((mark) => [mark]), limit);
}
