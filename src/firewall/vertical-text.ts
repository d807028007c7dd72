/**
 * Text written down a column, one letter a line ("I\ng\nn\no\nr\ne\n\na\nl\nl"): the folding pass reads every line
 * break as a sentence end, so no word survives, while a model reads the column. A run of MIN_LETTERS or more
 * single-letter lines (blank lines between words) is read again as the words it spells, as a decoded payload (see
 * rewrite-regions.ts).
 */
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

/** A line holding one Latin letter, a few spaces either side: where a column may begin. */
const LETTER_LINE = /(?:^|\n)[ \t]{0,4}[A-Za-z\u00C0-\u024F][ \t]{0,4}(?=\r?\n)/g;
export const VERTICAL_TEXT_PATTERNS: readonly RegExp[] = [LETTER_LINE];
const MIN_LETTERS = 6;

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * The column that starts at the line beginning at `from`, read for at most `limit` characters: its end (the index
 * after its last letter line) and the words it spells, a blank line a space; the letters counted.
 */
function column(text: string, from: number, limit: number): { end: number; words: string; letters: number } {
  let words = "";
  let letters = 0;
  let end = from;
  let pendingSpace = false;
  let at = from;
  while (at <= text.length && at - from < limit) {
    const lineEnd = text.indexOf("\n", at);
    const stop = lineEnd === -1 ? text.length : lineEnd;
    let letter = -1;
    let other = false;
    for (let i = at; i < stop && !other; i++) {
      const c = text.charCodeAt(i);
      if (isBlank(c)) continue;
      if (letter === -1 && isLatinLetter(c)) letter = c;
      else other = true;
    }
    if (other) break;
    if (letter === -1) {
      // A blank line between words; two in a row end the column.
      if (pendingSpace) break;
      pendingSpace = letters > 0;
    } else {
      if (pendingSpace) words += " ";
      pendingSpace = false;
      words += String.fromCharCode(letter);
      letters++;
      end = stop;
    }
    if (lineEnd === -1) break;
    at = lineEnd + 1;
  }
  return { end, words, letters };
}

/** The text around every column of single letters, each read as the words it spells; undefined when there is none. */
export function joinVerticalText(text: string, limit: number): string | undefined {
  if (!text.includes("\n")) return undefined;
  const columns: Rewrite[][] = [];
  let covered = 0;
  LETTER_LINE.lastIndex = 0;
  for (let m = LETTER_LINE.exec(text); m !== null && covered < limit; m = LETTER_LINE.exec(text)) {
    const start = m.index + (text.charCodeAt(m.index) === 10 ? 1 : 0);
    const { end, words, letters } = column(text, start, limit - covered);
    // The column is read once: the next search starts after it.
    LETTER_LINE.lastIndex = Math.max(end, m.index + 1);
    if (letters < MIN_LETTERS) continue;
    columns.push([{ start, end, text: words }]);
    covered += end - start;
  }
  return rewriteRegions(text, columns, limit);
}
