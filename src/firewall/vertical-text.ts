/**
 * Text written down a column, one letter a line ("I\ng\nn\no\nr\ne\n\na\nl\nl"): the folding pass reads every line
 * break as a sentence end, so no word survives, while a model reads the column. A run of MIN_LETTERS or more
 * single-letter lines (blank lines between words) is read again as the words it spells, as a decoded payload (see
 * rewrite-regions.ts).
 */
import { isBlank, isLatinLetter } from "./charclass.js";
import { rewriteRegions, type Rewrite } from "./rewrite-regions.js";

const MIN_LETTERS = 6;
/** The longest line that can hold one letter: four blanks either side and a carriage return. */
const MAX_LETTER_LINE = 10;

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

/** Whether the line [from, to) holds one Latin letter and blanks only. */
function isLetterLine(text: string, from: number, to: number): boolean {
  if (to - from > MAX_LETTER_LINE) return false;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) continue;
    if (!isLatinLetter(c) || ++letters > 1) return false;
  }
  return letters === 1;
}

/**
 * The text around every column of single letters, each read as the words it spells; undefined when there is none.
 * Lines are found with indexOf, so prose with long lines costs one step a line.
 */
export function joinVerticalText(text: string, limit: number): string | undefined {
  const columns: Rewrite[][] = [];
  let covered = 0;
  let start = 0;
  while (start < text.length && covered < limit) {
    const lineEnd = text.indexOf("\n", start);
    if (lineEnd === -1) break;
    if (!isLetterLine(text, start, lineEnd)) {
      start = lineEnd + 1;
      continue;
    }
    const { end, words, letters } = column(text, start, limit - covered);
    if (letters >= MIN_LETTERS) {
      columns.push([{ start, end, text: words }]);
      covered += end - start;
    }
    // The column is read once: the search goes on after it.
    const next = text.indexOf("\n", end);
    if (next === -1) break;
    start = next + 1;
  }
  return rewriteRegions(text, columns, limit);
}
