/**
 * One typed-array lookup per UTF-16 code unit for every character class the firewall's scanners ask about, so
 * the per-character loops (normalisation, flood scan, decoded-text check) never run a regular expression per
 * character. Built once at load from the Unicode property escapes below. Surrogates have no class: astral
 * characters are neither letters nor digits to the scanners (NFKC has already folded the mathematical letters).
 */
export const C_LETTER = 1; // \p{L} or \p{M} (a combining mark continues a word)
export const C_DIGIT = 2; // \p{N}
export const C_SENTENCE = 4; // . ! ? ; 。！？ and line breaks
export const C_INVISIBLE = 8; // zero-width, joiners, bidi controls, BOM, soft hyphen, variation selectors
export const C_PRINTABLE = 16; // letters, numbers, punctuation, symbols, spaces, tab and line breaks
export const C_LOOKALIKE_SCRIPT = 32; // Greek, Cyrillic, Armenian and Cherokee: scripts with letters that look Latin
export const C_LEET = 64; // ASCII characters leetspeak uses for letters
export const C_ASCII_LETTER = 128;
export const C_CJK = 256; // Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts written without spaces between words
export const C_NOT_LEETABLE = 512; // neither an ASCII letter nor a leet symbol
export const C_NOT_ASCII_ALNUM = 1024; // anything but A-Z, a-z, 0-9
export const C_LATIN_ACCENTED = 2048; // Latin letters with a diacritic: Latin-1 Supplement and Latin Extended-A/B
export const C_NOT_LATIN_LEET = 4096; // no Latin letter nor leet symbol: its token is no leetspeak ("rép0ns3" is)

export const INVISIBLE_CHARS = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
const LETTER_G = /[\p{L}\p{M}]/gu;
const NUMBER_G = /\p{N}/gu;
const SENTENCE_G = /[.!?;。！？\n\r]/g;
const PRINTABLE_G = /[\p{L}\p{N}\p{P}\p{Zs}\p{S}\n\r\t]/gu;
const LOOKALIKE_SCRIPT_G = /[\u0370-\u052F\u0531-\u058F\u13A0-\u13FF\uAB70-\uABBF]/g;
const LEET_G = /[013457893@$|!]/g;
const ASCII_LETTER_G = /[A-Za-z]/g;
/** The accented Latin letters (U+00C0–U+024F without × and ÷), as a character-class body: diacritics.ts scans for them. */
export const LATIN_ACCENTED_RANGE = "\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
const LATIN_ACCENTED_G = new RegExp(`[${LATIN_ACCENTED_RANGE}]`, "g");
const CJK_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

export const CHARCLASS_PATTERNS: readonly RegExp[] = [INVISIBLE_CHARS, LETTER_G, NUMBER_G, SENTENCE_G, PRINTABLE_G, LOOKALIKE_SCRIPT_G, LEET_G, ASCII_LETTER_G, LATIN_ACCENTED_G, CJK_G];

/** Class bits of every BMP code unit. */
export const CLASS = new Uint16Array(65536);
{
  let all = "";
  for (let c = 0; c < 0xd800; c++) all += String.fromCharCode(c);
  all += "\u0000".repeat(0xe000 - 0xd800);
  for (let c = 0xe000; c < 0x10000; c++) all += String.fromCharCode(c);
  const mark = (re: RegExp, bit: number): void => {
    re.lastIndex = 0;
    for (const m of all.matchAll(re)) CLASS[m.index] = (CLASS[m.index] as number) | bit;
  };
  mark(LETTER_G, C_LETTER);
  mark(NUMBER_G, C_DIGIT);
  mark(SENTENCE_G, C_SENTENCE);
  mark(INVISIBLE_CHARS, C_INVISIBLE);
  mark(PRINTABLE_G, C_PRINTABLE);
  mark(LOOKALIKE_SCRIPT_G, C_LOOKALIKE_SCRIPT);
  mark(LEET_G, C_LEET);
  mark(ASCII_LETTER_G, C_ASCII_LETTER);
  mark(LATIN_ACCENTED_G, C_LATIN_ACCENTED);
  mark(CJK_G, C_CJK);
  // The surrogate filler is not a character.
  CLASS.fill(0, 0xd800, 0xe000);
  CLASS[0] = 0;
  for (let c = 0; c < 65536; c++) {
    if (((CLASS[c] as number) & (C_ASCII_LETTER | C_LEET)) === 0) CLASS[c] = (CLASS[c] as number) | C_NOT_LEETABLE;
    if (((CLASS[c] as number) & (C_ASCII_LETTER | C_LEET | C_LATIN_ACCENTED)) === 0) CLASS[c] = (CLASS[c] as number) | C_NOT_LATIN_LEET;
    if (!(c < 128 && ((CLASS[c] as number) & (C_ASCII_LETTER | C_DIGIT)) !== 0)) CLASS[c] = (CLASS[c] as number) | C_NOT_ASCII_ALNUM;
  }
}

/**
 * True when every code unit is below 0x80 (NFKC, invisible-character and look-alike folding are no-ops then).
 * Any other unit takes two or more bytes in UTF-8 (a lone surrogate three), so the UTF-8 length equals the
 * number of units exactly for ASCII text; Node counts it several times faster than a regular expression scans.
 * Counting reads the whole text, though: a long text whose opening already holds another character is answered from
 * that.
 */
export function isAscii(text: string): boolean {
  return !(text.length > ASCII_PROBE_FROM && NON_ASCII.test(text.slice(0, ASCII_PROBE))) && Buffer.byteLength(text, "utf8") === text.length;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** How much of a text's opening isAscii looks at before it counts, and from what length (a shorter one is counted). */
const ASCII_PROBE = 4096;
const ASCII_PROBE_FROM = 65536;

/**
 * The positions of the Han, kana and other C_CJK characters of `text`, ascending; undefined when there are more than
 * `limit` (reading them stops there).
 */
export function cjkPositions(text: string, limit: number): Int32Array | undefined {
  const out: number[] = [];
  CJK_G.lastIndex = 0;
  for (let m = CJK_G.exec(text); m !== null; m = CJK_G.exec(text)) {
    if (out.length === limit) {
      CJK_G.lastIndex = 0;
      return undefined;
    }
    out.push(m.index);
  }
  return Int32Array.from(out);
}

/** Whether code unit `c` is an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return ((CLASS[c] ?? 0) & C_ASCII_LETTER) !== 0;
}

/** Whether code unit `c` is a Latin letter: ASCII, or with a diacritic ("é", "ñ"). */
export function isLatinLetter(c: number): boolean {
  return ((CLASS[c] ?? 0) & (C_ASCII_LETTER | C_LATIN_ACCENTED)) !== 0;
}

/** Whether code unit `c` is a blank inside a line: a space, a tab or a carriage return. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}
