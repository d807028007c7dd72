/**
 * Letters written with symbols that NFKC leaves alone, as "fancy text" generators write them: small capitals
 * ("ɪɢɴᴏʀᴇ ᴀʟʟ"), regional indicator letters ("🇮🇬🇳🇴🇷🇪", kept apart by spaces or zero-width characters so that no
 * pair becomes a flag) and text turned upside down ("ʇdɯoɹd ɯǝʇsʎs", read right to left). A model reads all three;
 * the text is read again with them turned into plain letters. Only text with several of them is read again, so a
 * flag or a phonetic transcription costs nothing.
 */

/** Small capitals (and the IPA letters that serve as them) and the letters they stand for. */
export const SMALL_CAPITALS: ReadonlyMap<string, string> = new Map([
  ["ᴀ", "a"], ["ʙ", "b"], ["ᴄ", "c"], ["ᴅ", "d"], ["ᴇ", "e"], ["ꜰ", "f"], ["ɢ", "g"], ["ʜ", "h"], ["ɪ", "i"], ["ᴊ", "j"],
  ["ᴋ", "k"], ["ʟ", "l"], ["ᴍ", "m"], ["ɴ", "n"], ["ᴏ", "o"], ["ᴘ", "p"], ["ǫ", "q"], ["ʀ", "r"], ["ꜱ", "s"], ["ᴛ", "t"],
  ["ᴜ", "u"], ["ᴠ", "v"], ["ᴡ", "w"], ["ʏ", "y"], ["ᴢ", "z"],
]);
/** Upside-down characters and what they are turned from; the ASCII ones turned are other ASCII ("p" is "d"). */
const TURNED_MAP: ReadonlyMap<string, string> = new Map([
  ["ɐ", "a"], ["q", "b"], ["ɔ", "c"], ["p", "d"], ["ǝ", "e"], ["ɟ", "f"], ["ƃ", "g"], ["ɥ", "h"], ["ᴉ", "i"], ["ɾ", "j"],
  ["ʞ", "k"], ["ʅ", "l"], ["ɯ", "m"], ["u", "n"], ["d", "p"], ["b", "q"], ["ɹ", "r"], ["ʇ", "t"], ["n", "u"], ["ʌ", "v"],
  ["ʍ", "w"], ["ʎ", "y"], ["∀", "A"], ["ᗺ", "B"], ["Ɔ", "C"], ["ᗡ", "D"], ["Ǝ", "E"], ["Ⅎ", "F"], ["⅁", "G"], ["ſ", "J"],
  ["ꓘ", "K"], ["˥", "L"], ["W", "M"], ["Ԁ", "P"], ["ᴚ", "R"], ["⊥", "T"], ["∩", "U"], ["Λ", "V"], ["M", "W"], ["⅄", "Y"],
  ["˙", "."], ["¿", "?"], ["¡", "!"], ["'", ","], [",", "'"],
]);
/** Characters found only in upside-down text, not in the ASCII its turned letters share. */
const TURNED_ONLY: ReadonlySet<string> = new Set([...TURNED_MAP.keys()].filter((c) => c.charCodeAt(0) > 127 && c !== "˙" && c !== "¿" && c !== "¡"));
const REGIONAL_A = 0x1f1e6;
const REGIONAL_Z = 0x1f1ff;
/**
 * The blocks they come from (Latin Extended-B, IPA, Greek, Cyrillic, phonetic extensions, letter-like and
 * mathematical symbols, Canadian syllabics, Lisu, Latin Extended-D, the high surrogate of the regional indicators):
 * a class of a few ranges scans megabytes much faster than one of each symbol, and text with none of them skips the
 * counting loop. A test checks that every symbol lies in them.
 */
export const SYMBOL_RANGES = /[\u017F-\u02E5\u0370-\u052F\u15E1-\u15FA\u1D00-\u1D2B\u2132-\u22A5\uA4D8-\uA7FF\uD83C]/;
export const LETTER_SYMBOLS: readonly string[] = [...SMALL_CAPITALS.keys(), ...TURNED_ONLY];
/** How many such symbols a text needs before it is read again. */
const MIN_SYMBOLS = 4;

/** A character of text turned upside down, turned back. */
function unturn(c: string): string {
  return TURNED_MAP.get(c) ?? c;
}

/** The letter a regional indicator symbol stands for, or undefined. */
function regionalLetter(c: string): string | undefined {
  const code = c.codePointAt(0) as number;
  return code >= REGIONAL_A && code <= REGIONAL_Z ? String.fromCharCode(97 + code - REGIONAL_A) : undefined;
}

/** The text with small capitals and regional indicator letters as letters, and upside-down lines turned back; undefined when it has too few. */
export function readLetterSymbols(text: string, limit: number): string | undefined {
  if (!SYMBOL_RANGES.test(text)) return undefined;
  // Only the part read again is counted: symbols past it would change nothing there.
  const head = text.slice(0, limit);
  let small = 0;
  let regional = 0;
  let turned = 0;
  for (const c of head) {
    if (regionalLetter(c) !== undefined) regional++;
    else if (SMALL_CAPITALS.has(c)) small++;
    else if (TURNED_ONLY.has(c)) turned++;
  }
  if (small < MIN_SYMBOLS && regional < MIN_SYMBOLS && turned < MIN_SYMBOLS) return undefined;
  const read = head.split("\n").map((line) => {
    const chars = [...line];
    if (turned >= MIN_SYMBOLS && chars.some((c) => TURNED_ONLY.has(c))) return chars.reverse().map(unturn).join("");
    return chars.map((c) => regionalLetter(c) ?? SMALL_CAPITALS.get(c) ?? c).join("");
  });
  return read.join("\n");
}
