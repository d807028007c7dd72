/**
 * Text written in Braille cells (U+2800–U+28FF, "⠊⠛⠝⠕⠗⠑ ⠁⠇⠇"), one of garak's encoding probes: a model reads the
 * letters, the rules see symbols. Text with enough letter cells is read again with them as the letters of
 * English grade-1 Braille; the blank cell is a space and the capital sign is dropped.
 */

/** Dots of each letter a–z, as the bits of its cell's code point above U+2800. */
const LETTER_DOTS = [0x01, 0x03, 0x09, 0x19, 0x11, 0x0b, 0x1b, 0x13, 0x0a, 0x1a, 0x05, 0x07, 0x0d, 0x1d, 0x15, 0x0f, 0x1f, 0x17, 0x0e, 0x1e, 0x25, 0x27, 0x3a, 0x2d, 0x3d, 0x35];
/** The blank cell, the first of the block: a letter's code point is it plus the letter's dots. */
const BLANK = 0x2800;
const LETTERS = new Map(LETTER_DOTS.map((dots, i) => [BLANK + dots, String.fromCharCode(97 + i)]));
const CAPITAL_SIGN = 0x2820;
const LAST_CELL = 0x28ff;
/** How many letter cells a text needs before it is read again: a word or two of Braille in a page about it costs nothing. */
const MIN_LETTERS = 8;

function isCell(code: number): boolean {
  return code >= BLANK && code <= LAST_CELL;
}

/** The text with its Braille letter cells as letters; undefined when it has fewer than MIN_LETTERS. */
export function readBraille(text: string, limit: number): string | undefined {
  const head = text.slice(0, limit);
  let letters = 0;
  // The range test first: a map lookup per character of a page of prose costs more than the rest of the decoder.
  for (let i = 0; i < head.length && letters < MIN_LETTERS; i++) {
    const code = head.charCodeAt(i);
    if (isCell(code) && LETTERS.has(code)) letters++;
  }
  if (letters < MIN_LETTERS) return undefined;
  let out = "";
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (!isCell(code)) out += head[i];
    else if (code === BLANK) out += " ";
    else if (code !== CAPITAL_SIGN) out += LETTERS.get(code) ?? head[i];
  }
  return out;
}
