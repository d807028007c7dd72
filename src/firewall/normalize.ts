/**
 * Text views the detectors scan. Every step is a single left-to-right pass over UTF-16 code units with one
 * table lookup per character (charclass.ts), so work is linear in the input; pure-ASCII text skips NFKC and
 * the invisible/look-alike steps, which cannot change it.
 *
 * - `base`:   NFKC, negative circled and squared capitals as letters, zero-width / bidi / soft-hyphen controls and
 *             hidden tag text (decode.ts) removed. Sanitised output is built from it.
 * - `clean`:  `base` with look-alike letters (Cyrillic, Greek, …) folded to Latin inside words that are Latin or
 *             spoofed. Folding is one UTF-16 unit for one, so `clean` and `base` share every index.
 * - `folded`: `clean` lower-cased, leetspeak folded, spaced-out letters joined, every other run of
 *             non-letters squeezed to one space (sentence ends become "\n"). `foldedMap.cleanIndex(i)` is the
 *             index in `clean` of folded character i, so a rule match can be traced back to the original span.
 */
import { CLASS, C_ASCII_LETTER, C_LATIN_ACCENTED, C_LOOKALIKE_SCRIPT, C_DIGIT, C_LEET, C_LETTER, C_NOT_ASCII_ALNUM, C_NOT_LATIN_LEET, C_NOT_LEETABLE, C_SENTENCE, INVISIBLE_CHARS, isAscii } from "./charclass.js";
import { ALL_HINTS, CIPHER_HINT_TOKENS, hiddenTagText, SELECTOR_RUN } from "./decode.js";
import { StructureScanner, type TextStructure } from "./structure.js";
import { SPLIT_LAST_LETTERS, SPLIT_PREFIX_LENGTHS, SPLIT_SEPARATOR, splitContinuation } from "./split-words.js";
import { foldTypo, mayBeTypo } from "./typos.js";
import { markShape, mayBeMarked } from "./word-shapes.js";
import { SMALL_CAPITALS } from "./letter-symbols.js";
import { mayBeMisspelt, MISSPELLING_HEADS, MISSPELLING_MAX_LENGTH, MISSPELLING_TAILS, misspeltTrigger, pairIndex } from "./misspellings.js";

export interface TextViews {
  base: string;
  clean: string;
  folded: string;
  foldedMap: FoldedMap;
  /**
   * `starts[0, startsEnd)`: pairs (folded position, LEAD_* bits it passed) of the token starts whose first
   * characters pass the caller's `leads` filter, in order. (The rest of the array is foldedMap's.)
   */
  starts: Int32Array;
  startsEnd: number;
  /** Every class bit (charclass.ts) of the characters inside tokens, OR-ed: which scripts the text uses. */
  seen: number;
  /** Flooding and character runs of `clean` (whose indices `base` shares), found in the same pass. */
  structure: TextStructure;
  /**
   * Which of decode.ts's hint patterns (ROT13_HINT, SHIFT_HINT, REVERSED_WORD_HINT, REVERSAL_ORDER_HINT) may match `clean`, and whether a
   * word of HINT_PASTE_SITE occurs (Rule.requiresHint): the bits of the CIPHER_HINT_TOKENS that occur as words (see buildFolded).
   */
  cipherHints: number;
  /** Whether some token holds both an ASCII letter and a digit. */
  lettersWithDigits: boolean;
  /** Whether `clean` is pure ASCII (no accent or combining mark can occur in it). */
  ascii: boolean;
  /** Pairs [start, end) of `clean` indices: the tokens `folded` read as leetspeak (spellLeet); undefined when none. */
  leet: Int32Array | undefined;
}

/**
 * A prefilter for token starts, by the lead's first word, as one table of LEAD_* bits (one table rather than
 * three keeps it in the CPU's nearer caches): LEAD_PAIR is set at the leadIndex of the first two characters
 * of two-letter first words ("no" also begins "none"), LEAD_TRIPLE at that of the first three characters when
 * the first word is three letters or two and a space, LEAD_QUAD at that of the first four characters of
 * longer first words. leadIndex is a 16-bit hash, where a collision only costs a wasted look-up.
 */
export type LeadFilter = Uint8Array;

export const LEAD_FILTER_SIZE = 1 << 16;

/**
 * A 30-bit hash of a lead's first characters (0 for those not used); leadIndex is its low 16 bits. Thirty bits
 * keep it a small integer for V8, so using it as a Map key allocates nothing.
 */
export function leadHash(c0: number, c1: number, c2: number, c3: number): number {
  return (Math.imul(Math.imul(Math.imul(c0, 31) + c1, 31) + c2, 31) + c3) & 0x3fffffff;
}

export function leadIndex(c0: number, c1: number, c2: number, c3: number): number {
  return leadHash(c0, c1, c2, c3) & 0xffff;
}

/** Which of a LeadFilter's tables a start passed: bit 0 pairs, bit 1 triples, bit 2 quads. */
export const LEAD_PAIR = 1;
export const LEAD_TRIPLE = 2;
export const LEAD_QUAD = 4;

/**
 * Which tables a token of `length` starting with c0..c3 passes (c2, c3 are SPACE past a short token); 0: none.
 * The three hashes share their common prefix (see leadHash).
 */
function mayLead(f: LeadFilter, c0: number, c1: number, c2: number, c3: number, length: number): number {
  const two = Math.imul(Math.imul(c0, 31) + c1, 31);
  const three = Math.imul(two + c2, 31);
  return (
    ((f[Math.imul(two, 31) & 0xffff] as number) & LEAD_PAIR) |
    ((f[three & 0xffff] as number) & LEAD_TRIPLE) |
    (length >= 4 ? (f[(three + c3) & 0xffff] as number) & LEAD_QUAD : 0)
  );
}

export { INVISIBLE_CHARS };

/**
 * Letters of other scripts and blocks that render like Latin ones: Cyrillic, Greek, Armenian, Cherokee capitals,
 * and Latin's own small capitals and IPA letters.
 */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map([
  ...Object.entries({
    а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
    і: "i", ї: "i", ј: "j", ѕ: "s", ԁ: "d", һ: "h", ӏ: "l", ԛ: "q", ԝ: "w", ү: "y", ɡ: "g", ɑ: "a", ı: "i", ɩ: "i",
    А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X", І: "I",
    Ј: "J", Ѕ: "S", Ԁ: "D", Һ: "H", Ӏ: "I", Ԛ: "Q", Ԝ: "W",
    α: "a", β: "b", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w", γ: "y",
    Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y",
    Χ: "X",
    օ: "o", ո: "n", ս: "u", հ: "h", ց: "g", ք: "f", զ: "q", Օ: "O", Ս: "U", Տ: "S", Լ: "L",
    Ꭰ: "D", Ꭱ: "R", Ꭲ: "T", Ꭹ: "Y", Ꭺ: "A", Ꭻ: "J", Ꭼ: "E", Ꮃ: "W", Ꮇ: "M", Ꮋ: "H", Ꮐ: "G", Ꮒ: "h", Ꮓ: "Z",
    Ꮟ: "b", Ꮩ: "V", Ꮪ: "S", Ꮮ: "L", Ꮯ: "C", Ꮲ: "P", Ꮶ: "K", Ᏼ: "B",
  }),
  ...[...SMALL_CAPITALS].filter(([c]) => c !== "ǫ"),
]);
const CONFUSABLE_TO = new Uint16Array(65536);
for (const [from, to] of CONFUSABLES) CONFUSABLE_TO[from.charCodeAt(0)] = to.charCodeAt(0);
/** Every look-alike lies in these ranges (a test checks); a class of the ranges scans much faster than one of the letters. */
export const CONFUSABLE_RANGE = /[\u0131\u0250-\u02AF\u0370-\u058F\u13A0-\u13FF\u1D00-\u1D22\uA730\uA731]/;
const CONFUSABLE_G = new RegExp(CONFUSABLE_RANGE.source, "g");

const LEET: Readonly<Record<string, string>> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", $: "s", "|": "i", "!": "i",
};
const LEET_CODES = new Uint16Array(128);
for (const [from, to] of Object.entries(LEET)) LEET_CODES[from.charCodeAt(0)] = to.charCodeAt(0);
/** The longest all-digit token read as leetspeak after a leetspeak word ("15" for "is", "7h3" needs no help). */
const LEET_NUMBER_MAX = 3;

/**
 * Whether the leet digit at `i`, after the spaced-out letter at `last`, goes on that word: always behind a
 * separator numbers are not listed with ("f.0.r.g.3.t", "l-l-a-m-4"); behind a space or a comma only when the word
 * goes on with a letter, at most one more digit later ("r 3 v 3 4 l"), or ends with it after `letters` of three or
 * more ("i g n 0 r 3   a l l"), as a list of numbers after a letter does not ("a = {1, 3, 5}", "c(1, 5, 3)").
 */
function leetInRun(source: string, last: number, i: number, letters: number): boolean {
  const separator = source.charCodeAt(last + 1);
  if (separator !== SPACE && separator !== COMMA && separator !== TAB && separator !== NEWLINE) return true;
  const step = i - last;
  for (let at = i + step; at < source.length && at <= i + 2 * step; at += step) {
    const cls = CLASS[source.charCodeAt(at)] as number;
    if ((cls & C_ASCII_LETTER) !== 0) return true;
    if ((cls & C_DIGIT) === 0 || (LEET_CODES[source.charCodeAt(at)] as number) === 0) return letters >= 3 && at === i + step && (cls & ALNUM) === 0;
  }
  return letters >= 3 && i + step >= source.length;
}

/**
 * Whether the leet digit at `i` opens a spaced-out word ("1 g n 0 r 3", "1-n-5-t-r-u-c-t"): the same separator before
 * each of the next three characters, letters or leet digits, two of them letters; or a word of three that stands
 * alone ("4 l l" between blank space, "4-l-l" between spaces). "Section 3 a b," keeps its number.
 */
function leetOpensRun(source: string, i: number): boolean {
  const separator = source.charCodeAt(i + 1);
  // Not a full stop, which numbers sections ("see 3.a.b").
  if (separator === NEWLINE || separator === FULL_STOP || ((CLASS[separator] as number) & ALNUM) !== 0) return false;
  let letters = 0;
  for (let k = 1; k <= 3; k++) {
    const at = i + 2 * k;
    if (source.charCodeAt(at - 1) !== separator || at >= source.length) break;
    if (isLetter(source, at)) letters++;
    else if (((CLASS[source.charCodeAt(at)] as number) & C_DIGIT) === 0 || (LEET_CODES[source.charCodeAt(at)] ?? 0) === 0) break;
    if (k === 3) return letters >= 2;
  }
  if (letters !== 2 || !isLetter(source, i + 2)) return false;
  if (separator === SPACE) return (i === 0 || blankRun(source, i - 1, -1) >= 2) && (i + 5 >= source.length || blankRun(source, i + 5, 1) >= 2);
  return (i === 0 || source.charCodeAt(i - 1) === SPACE) && (i + 5 >= source.length || source.charCodeAt(i + 5) === SPACE);
}

function isLetter(source: string, at: number): boolean {
  return at < source.length && ((CLASS[source.charCodeAt(at)] as number) & C_LETTER) !== 0;
}

/** A leet digit as its letter, anything else itself ("@", "$", "|", "!" mean themselves where punctuation counts). */
function spelt(c: number): number {
  return c >= 48 && c <= 57 && (LEET_CODES[c] as number) !== 0 ? (LEET_CODES[c] as number) : c;
}

/** Whether source[end, start) is one space, apostrophe or hyphen: the token at `start` follows the one ending at `end`. */
function leetFollows(source: string, end: number, start: number): boolean {
  if (start - end !== 1) return false;
  const c = source.charCodeAt(end);
  return c === SPACE || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** How far leetPrecedes reads the next word: a longer one is not looked at (constant work per number). */
const LEET_WORD_MAX = 24;

/**
 * Whether the token after the one ending at `end`, past one space, mixes ASCII letters and leet digits ("4 v3ry",
 * "4 t4r3f4"): a short number right before a leetspeak word is leetspeak too.
 */
function leetPrecedes(source: string, end: number): boolean {
  if (end + 1 >= source.length || source.charCodeAt(end) !== SPACE) return false;
  let kinds = 0;
  const stop = Math.min(source.length, end + 1 + LEET_WORD_MAX);
  for (let k = end + 1; k < stop; k++) {
    const cls = CLASS[source.charCodeAt(k)] as number;
    if ((cls & ALNUM) === 0) return kinds === (C_ASCII_LETTER | C_LEET);
    kinds |= cls & (C_ASCII_LETTER | C_LEET | C_NOT_LEETABLE);
  }
  return stop === source.length && kinds === (C_ASCII_LETTER | C_LEET);
}

/**
 * Negative circled and negative squared Latin capitals (U+1F150–U+1F169, U+1F170–U+1F189: "🅸🅶🅽🅾🆁🅴") have no NFKC
 * form, unlike the circled, squared and mathematical letters; they are folded to their letters here.
 */
const ENCLOSED_CAPITAL = /\uD83C([\uDD50-\uDD69\uDD70-\uDD89])/g;

function foldEnclosedCapitals(text: string): string {
  if (!text.includes("\uD83C")) return text;
  return text.replace(ENCLOSED_CAPITAL, (_pair: string, low: string) => String.fromCharCode(65 + ((low.charCodeAt(0) - 0xdd50) % 0x20)));
}

/** A lower-case letter: the start of a word's second half after a line-end hyphen (afterLineBreakHyphen). */
const LOWER_LETTER = /\p{Ll}/u;
export const NORMALIZE_PATTERNS: readonly RegExp[] = [INVISIBLE_CHARS, CONFUSABLE_RANGE, CONFUSABLE_G, ENCLOSED_CAPITAL, LOWER_LETTER];

const ALNUM = C_LETTER | C_DIGIT;
const SPACE = 32;
const NEWLINE = 10;
const COMMA = 44;
const FULL_STOP = 46;
const BANG = 33;
const HYPHEN = 45;
const CR = 13;
const TAB = 9;
/** Indentation skipped after a line-end hyphen (bounded, so the look-ahead is constant work). */
const MAX_INDENT = 16;
const PIPE = 124;
const BACKSLASH = 92;
const LOWER_A = 97;
const LOWER_N = 110;
const LOWER_R = 114;
const LOWER_T = 116;
/** Node's UCS-2 buffer decoding copies code units straight into a string (TextDecoder is several times slower). */
function decodeUnits(units: Uint16Array): string {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
}

/**
 * Code units that are all below 0x80 as a one-byte string: half the copying of decodeUnits, and every later
 * scan of the string (rule patterns, window comparisons, the classifier) reads the compact form faster.
 */
function decodeAscii(units: Uint16Array): string {
  const bytes = units.length <= SCRATCH_MAX ? asciiScratch.subarray(0, units.length) : new Uint8Array(units.length);
  bytes.set(units);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
}

/**
 * Fold a word's look-alikes when the word mixes them with Latin letters, or when it is made only of look-alikes
 * inside mostly-Latin text; Russian or Greek prose ("все", "как") stays itself, and so does a Russian or Greek word
 * with a letter that has no Latin twin, glued to the Latin after it ("Приветignore").
 */
function foldConfusables(text: string): string {
  if (!CONFUSABLE_RANGE.test(text)) return text;
  // The words to fold: those mixing look-alikes with Latin letters (accented ones too: "рiù"), and those made only
  // of look-alikes, which fold only when the whole text turns out to be mostly Latin or spoofed throughout. Every
  // such word holds a character of CONFUSABLE_RANGE, so only the words around those are read; most texts with a Greek
  // or Cyrillic letter have none to fold.
  const mixed: number[] = [];
  const pure: number[] = [];
  CONFUSABLE_G.lastIndex = 0;
  for (let m = CONFUSABLE_G.exec(text); m !== null; m = CONFUSABLE_G.exec(text)) {
    if (((CLASS[text.charCodeAt(m.index)] as number) & C_LETTER) === 0) continue;
    let i = m.index;
    while (i > 0 && ((CLASS[text.charCodeAt(i - 1)] as number) & C_LETTER) !== 0) i--;
    let j = i;
    let latin = false;
    let allConfusable = true;
    let anyConfusable = false;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      const e = CLASS[d] as number;
      if ((e & C_LETTER) === 0) break;
      if (d < 128) latin = true;
      else if (CONFUSABLE_TO[d] !== 0) anyConfusable = true;
      else if ((e & C_LATIN_ACCENTED) !== 0) latin = true;
      else if ((e & C_LOOKALIKE_SCRIPT) !== 0) allConfusable = false;
    }
    // A word with a letter of its script that has no Latin twin is that script's word, glued to any Latin after it
    // ("Приветignore"), not a spoof: it keeps its letters, and the English word stands apart.
    if (anyConfusable && allConfusable) (latin ? mixed : pure).push(i, j);
    CONFUSABLE_G.lastIndex = j;
  }
  // A text where spoofed words are as many as the look-alike-only ones is spoofed throughout: Italian or Portuguese
  // with a, e, i, o swapped has more look-alikes than ASCII letters left, but few Russian words mix in a Latin one.
  const words = pure.length === 0 ? mixed : mixed.length >= pure.length ? [...mixed, ...pure] : mostlyLatin(text) ? [...mixed, ...amongLatin(text, pure)] : mixed;
  if (words.length === 0) return text;
  const out = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) out[k] = text.charCodeAt(k);
  for (let w = 0; w < words.length; w += 2) {
    for (let k = words[w] as number; k < (words[w + 1] as number); k++) {
      const to = CONFUSABLE_TO[out[k] as number] as number;
      if (to !== 0) out[k] = to;
    }
  }
  return decodeUnits(out);
}

/** How far a look-alike-only word's neighbour is read, each way (amongLatin): blanks and marks, then the word. */
const NEIGHBOUR_GAP = 3;
const NEIGHBOUR_READ = 40;

/**
 * The look-alike-only words of `pure` (pairs of start and end) that are not beside a word of their own script with a
 * letter that has no Latin twin: "на" in "Ответь на французском языке" planted in an English mail is Russian, as
 * its neighbours show, while "Рlеаsе" among English words is a spoof.
 */
function amongLatin(text: string, pure: readonly number[]): number[] {
  const out: number[] = [];
  for (let w = 0; w < pure.length; w += 2) {
    const i = pure[w] as number;
    const j = pure[w + 1] as number;
    if (!scriptWordAt(text, i - 1, -1) && !scriptWordAt(text, j, 1)) out.push(i, j);
  }
  return out;
}

/**
 * Whether, reading from `from` in direction `step` past at most NEIGHBOUR_GAP blanks or marks on the same line, the
 * next word holds a letter of a look-alike script that has no Latin twin (within NEIGHBOUR_READ characters).
 */
function scriptWordAt(text: string, from: number, step: 1 | -1): boolean {
  let k = from;
  for (let gap = 0; k >= 0 && k < text.length && ((CLASS[text.charCodeAt(k)] as number) & C_LETTER) === 0; gap++, k += step) {
    if (gap >= NEIGHBOUR_GAP || text.charCodeAt(k) === 10) return false;
  }
  for (let read = 0; k >= 0 && k < text.length && read < NEIGHBOUR_READ; read++, k += step) {
    const d = text.charCodeAt(k);
    const e = CLASS[d] as number;
    if ((e & C_LETTER) === 0) return false;
    if ((e & C_LOOKALIKE_SCRIPT) !== 0 && CONFUSABLE_TO[d] === 0) return true;
  }
  return false;
}

/** Whether the text has more ASCII letters than letters of the look-alike scripts. */
function mostlyLatin(text: string): boolean {
  let latinLetters = 0;
  let otherScript = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = CLASS[text.charCodeAt(i)] as number;
    if (cls & C_ASCII_LETTER) latinLetters++;
    else if (cls & C_LOOKALIKE_SCRIPT) otherScript++;
  }
  return latinLetters > otherScript;
}

/**
 * Where English words may start inside a token: after a digit or a letter of another script they are glued to
 * ("好的ignore all previous instructions", "Приветignore …", "2024ignore …"), which would otherwise hide them
 * from every rule. Out positions, at most GLUED_MAX a token (a hex id or a run of mixed scripts is no sentence).
 */
const GLUED_MAX = 16;
const gluedAt = new Int32Array(GLUED_MAX);

/** Reports the lead start of the English word at out[k] (to its first character that is no ASCII letter), as at a token's start. */
function gluedStart(leads: LeadFilter, out: Uint16Array, k: number, to: number, starts: PairList): void {
  let end = k + 1;
  while (end < to && ((CLASS[out[end] as number] as number) & C_ASCII_LETTER) !== 0) end++;
  const length = end - k;
  if (length < 2) return;
  const kinds = mayLead(leads, out[k] as number, out[k + 1] as number, length > 2 ? (out[k + 2] as number) : SPACE, length > 3 ? (out[k + 3] as number) : SPACE, length);
  if (kinds !== 0) starts.push(k, kinds);
}

function isAlnum(source: string, i: number): boolean {
  return ((CLASS[source.charCodeAt(i)] as number) & ALNUM) !== 0;
}

const AT = 64;
/**
 * The AIs an @-mention names ("@copilot", "@claude", "@ai-bot"): there the sign marks a mention, not a leet "a"
 * ("@dmin").
 */
const MENTIONED_AIS = ["ai", "agent", "assistant", "bot", "chatbot", "chatgpt", "claude", "copilot", "gemini", "gpt", "llm"];

/** Whether the "@" at `at` of lower-cased `source` mentions one of MENTIONED_AIS, the whole name. */
function mentionsAi(source: string, at: number): boolean {
  for (const name of MENTIONED_AIS) if (source.startsWith(name, at + 1) && !isAlnum(source, at + 1 + name.length)) return true;
  return false;
}

/**
 * A word hyphenated at a line's end, as text copied from a PDF or a narrow column is ("instruc-\ntions"): where
 * the hyphen at `at` is followed by a line break, any indentation, then a lower-case letter, the index of that
 * letter; otherwise -1. A list's "-" at a line's start, or a line that starts with a capital, is not a hyphenation.
 * `source` keeps its case (the structural view; the folding pass reads the same indices lower-cased).
 */
function afterLineBreakHyphen(source: string, at: number): number {
  let k = at + 1;
  if (source.charCodeAt(k) === CR) k++;
  if (source.charCodeAt(k) !== NEWLINE) return -1;
  k++;
  const limit = Math.min(source.length, k + MAX_INDENT);
  while (k < limit && (source.charCodeAt(k) === SPACE || source.charCodeAt(k) === TAB)) k++;
  return k < source.length && LOWER_LETTER.test(source[k] as string) ? k : -1;
}

/** What token characters say about leetspeak folding and split words: ASCII letters, leet symbols, anything else. */
const KINDS = C_ASCII_LETTER | C_LEET | C_NOT_LEETABLE;
/** The same with accented Latin letters allowed among the letters: leetspeak in French or Spanish ("rép0ns3"). */
const LEET_KINDS = C_ASCII_LETTER | C_LEET | C_NOT_LATIN_LEET;

/** Segments FoldedMap walks forward from its last lookup before it searches. */
const NEAR_SEGMENTS = 4;

/**
 * Where folded characters came from, stored per segment rather than per character: within a segment every
 * letter or digit of the folded view lies the same distance from its `clean` character, and a new segment
 * starts where that distance changes (squeezed punctuation, a spaced-out letter). A separator (space or line
 * break) stands for the character before the token that follows it.
 */
export class FoldedMap {
  /** `lists[from, lists.length)`: pairs (folded index where a segment starts, clean index it maps to), in order. */
  constructor(
    private readonly folded: string,
    private readonly lists: Int32Array,
    private readonly from: number,
  ) {}

  /** Index in `clean` of folded character `q`. */
  cleanIndex(q: number): number {
    const c = this.folded.charCodeAt(q);
    if ((c === SPACE || c === NEWLINE) && q + 1 < this.folded.length) return Math.max(0, this.tokenIndex(q + 1) - 1);
    return this.tokenIndex(q);
  }

  /** The segment the last lookup found: the rules look up matches in nearly ascending order. */
  private last = 0;

  private tokenIndex(q: number): number {
    const seg = this.lists;
    const at = this.from;
    let lo = 0;
    let hi = ((seg.length - at) >> 1) - 1;
    if (hi < 0) return 0;
    if ((seg[at + 2 * this.last] as number) <= q) {
      lo = this.last;
      // The segment of the last lookup or one of the next few holds q most often.
      for (let k = 0; k < NEAR_SEGMENTS && lo < hi && (seg[at + 2 * lo + 2] as number) <= q; k++) lo++;
      if (lo === hi || (seg[at + 2 * lo + 2] as number) > q) hi = lo;
    } else {
      hi = this.last - 1;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((seg[at + 2 * mid] as number) <= q) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return (seg[at + 2 * lo + 1] as number) + q - (seg[at + 2 * lo] as number);
  }
}

/** CIPHER_HINT_TOKENS by length, with the lengths and the first two letters they have: those rule out most words at once. */
const HINT_BY_LENGTH: (readonly [string, number])[][] = [];
let HINT_LENGTHS = 0;
const HINT_FIRST_TWO = new Uint8Array(128 * 128);
for (const [t, hint] of CIPHER_HINT_TOKENS) {
  (HINT_BY_LENGTH[t.length] ??= []).push([t, hint]);
  HINT_LENGTHS |= 1 << t.length;
  HINT_FIRST_TWO[t.charCodeAt(0) * 128 + t.charCodeAt(1)] = 1;
  markShape(t);
}

/** The hint bit of out[from, to), ASCII letters and digits in any case, when it is one of CIPHER_HINT_TOKENS; else 0. */
function hintOfWord(out: Uint16Array, from: number, to: number): number {
  const length = to - from;
  if (length >= 32 || ((HINT_LENGTHS >>> length) & 1) === 0) return 0;
  if (HINT_FIRST_TWO[(((out[from] as number) | 0x20) & 0x7f) * 128 + (((out[from + 1] as number) | 0x20) & 0x7f)] !== 1) return 0;
  const candidates = HINT_BY_LENGTH[length] as (readonly [string, number])[];
  for (let j = 0; j < candidates.length; j++) {
    const [t, hint] = candidates[j] as readonly [string, number];
    let k = 0;
    while (k < length && ((out[from + k] as number) | 0x20) === t.charCodeAt(k)) k++;
    if (k === length) return hint;
  }
  return 0;
}

/**
 * The hint bits of a token holding characters other than ASCII letters and digits: the hint patterns' \b splits it
 * into its runs of ASCII letters and digits ("erongi" in "erongié", "erongi!x"), each of which may be a hint word.
 */
function hintsOfRuns(out: Uint16Array, from: number, to: number): number {
  let hints = 0;
  let run = from;
  for (let k = from; k <= to; k++) {
    const u = k < to ? (out[k] as number) : SPACE;
    if (u < 128 && ((CLASS[u] as number) & C_NOT_ASCII_ALNUM) === 0) continue;
    if (k - run >= 2) hints |= hintOfWord(out, run, k);
    run = k + 1;
  }
  return hints;
}

/**
 * A growable list of integer pairs. The folding pass appends token starts and segments to two module-level
 * lists (it is synchronous and never re-entered) and copies them out once at the end: plain arrays grown by
 * push cost tens of nanoseconds per element on large texts, and a fresh typed array per list is an
 * off-heap allocation per call.
 */
class PairList {
  private data = new Int32Array(PAIR_LIST_KEEP);
  length = 0;

  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }

  clear(): void {
    this.length = 0;
  }

  /** Copies the pairs to `out` at `at`, and gives back a buffer grown by a huge text. */
  drainTo(out: Int32Array, at: number): void {
    out.set(this.data.subarray(0, this.length), at);
    if (this.data.length > PAIR_LIST_KEEP) this.data = new Int32Array(PAIR_LIST_KEEP);
  }
}

/** Segments of the folded→clean map (see FoldedMap): a new one starts where the distance changes. */
class SegmentList extends PairList {
  // Distance from folded to clean index of the current segment (NaN before the first).
  private offset = Number.NaN;

  override clear(): void {
    super.clear();
    this.offset = Number.NaN;
  }

  /** Folded character `folded` comes from clean character `clean`. */
  mark(folded: number, clean: number): void {
    if (clean - folded === this.offset) return;
    this.offset = clean - folded;
    this.push(folded, clean);
  }
}

const PAIR_LIST_KEEP = 1 << 12;
const startList = new PairList();
const segmentList = new SegmentList();
/** Source ranges [start, end) of the tokens folded as leetspeak (TextViews.leet). */
const leetList = new PairList();

/**
 * The folding pass writes into this buffer and copies it into a string before returning, so one buffer serves
 * every call (the pass is synchronous and never re-entered). Texts longer than SCRATCH_MAX get their own, so a
 * huge prompt does not pin its buffer for the process's lifetime.
 */
const SCRATCH_MAX = 1 << 16;
const scratch = new Uint16Array(SCRATCH_MAX);
const asciiScratch = new Uint8Array(SCRATCH_MAX);

function outputBuffer(size: number): Uint16Array {
  return size > SCRATCH_MAX ? new Uint16Array(size) : scratch;
}

/**
 * Whether the single letters at p0 and p1 are a spaced-out two-letter word: closer to each other than to what
 * stands either side (up to `next`, the next token or the text's end).
 */
function tighterThanNeighbours(source: string, p0: number, p1: number, next: number): boolean {
  // One space between the letters, and blank space (two or more spaces or a line break) or the text's end either
  // side: "N/A", "Q&A", "(T a, T b)" and a quoted "a b" are not spaced-out words.
  if (p1 - p0 !== 2 || source.charCodeAt(p0 + 1) !== SPACE) return false;
  return (p0 === 0 || blankRun(source, p0 - 1, -1) >= 2) && (next >= source.length || blankRun(source, p1 + 1, 1) >= 2);
}

/** Length of the run of spaces and line breaks from `at` in direction `step`, counted up to SPACED_REACH. */
function blankRun(source: string, at: number, step: 1 | -1): number {
  let k = 0;
  for (let q = at; q >= 0 && q < source.length && k < SPACED_REACH; q += step, k++) {
    const c = source.charCodeAt(q);
    if (c !== SPACE && c !== NEWLINE && c !== 13) return k;
  }
  return k;
}

/** How far apart (in UTF-16 units) the letters of a spaced-out word may stand: a separator of at most 3. */
const SPACED_REACH = 4;

/** Whether source[from, to) is the same text as the separator source[sepFrom, sepFrom + sepLen). */
function sameSeparator(source: string, sepFrom: number, sepLen: number, from: number, to: number): boolean {
  if (to - from !== sepLen) return false;
  for (let k = 0; k < sepLen; k++) if (source.charCodeAt(from + k) !== source.charCodeAt(sepFrom + k)) return false;
  return true;
}

/** Whether source[from, to) is near and holds only `separator` and spaces: the gap between two spaced-out words. */
function onlySeparator(source: string, from: number, to: number, separator: number): boolean {
  if (from < 0 || to - from > SPACED_REACH) return false;
  for (let k = from; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c !== separator && c !== SPACE) return false;
  }
  return true;
}

/**
 * Whether the single letter at `at`, after a one-letter run and the separator source[sepFrom, at), rather opens a
 * run of its own: another single letter follows it after one space, a narrower gap than the spaces before it. In
 * "a   h a t e" the wide gap ends the word "a", and "h" belongs with "a t e".
 */
function opensOtherRun(source: string, sepFrom: number, at: number): boolean {
  // As such text is written: one space between letters, more between words. "a   h a t e" opens a run at "h", "m y
  // u s e r s" (three spaces after "y") does not at "y".
  if (source.charCodeAt(at + 1) !== SPACE || at + 2 >= source.length || !isAlnum(source, at + 2) || (at + 3 < source.length && isAlnum(source, at + 3))) return false;
  for (let k = sepFrom; k < at; k++) if (source.charCodeAt(k) !== SPACE) return false;
  return at - sepFrom > 1;
}

/**
 * Tokens are maximal runs of letters/digits (plus leet symbols inside a word). Spaced-out letters
 * ("i g n o r e", "i.g.n.o.r.e": >= 3 single-letter tokens at most 4 apart, all with the same separator) are
 * joined into one word.
 * One pass writing UTF-16 code units into a typed array: no per-token strings or closures.
 */
function buildFolded(base: string, clean: string, ascii: boolean, leads: LeadFilter | undefined): TextViews {
  const lower = clean.toLowerCase();
  // toLowerCase can change length for a few code points; then the original case is kept.
  const source = lower.length === clean.length ? lower : clean;
  const n = source.length;
  const out = outputBuffer(n + 1);
  const segments = segmentList;
  const starts = startList;
  segments.clear();
  starts.clear();
  leetList.clear();
  const structure = new StructureScanner(clean);
  let len = 0;
  // Pending run of single-letter tokens: the first two are held back until a third makes it a spaced-out word.
  let runCount = 0;
  let p0 = 0;
  let p1 = 0;
  let b0 = false;
  let b1 = false;
  let lastRun = 0;
  let runFrom = 0;
  // The run's separator: the text between its first two letters ("i g n o r e" has " ", "i-g-n" has "-").
  let sepFrom = 0;
  let sepLen = 0;
  // Where the last spaced-out word (three letters or more) ended, and its separator's first character: a full stop
  // between its letters ("i.g.n.o.r.e. .a.l.l") does not end a sentence before the next such word.
  let spacedEnd = -1;
  let spacedSeparator = 0;
  let seen = 0;
  // The hint patterns are bounded by \b (ASCII word characters) on both sides, so they can only match a token that
  // is entirely one of CIPHER_HINT_TOKENS, or a run of ASCII letters and digits inside a token holding other
  // characters. Lower-casing keeps every other character out of ASCII here: NFKC has already turned the Kelvin
  // sign into "K".
  let cipherHints = 0;
  let lettersWithDigits = false;
  /** Where in `source` the last token folded as leetspeak ended (see below), or -1. */
  let leetEnd = -1;
  let i = 0;
  let pendingBreak = false;
  while (i <= n) {
    let c = SPACE;
    let cls = 0;
    let token = false;
    let single = false;
    // Whether a leet digit here opens a spaced-out word (leetOpensRun), read once for both places that ask.
    let opens = false;
    if (i < n) {
      c = source.charCodeAt(i);
      cls = CLASS[c] as number;
      // Only a letter, digit or leet symbol can begin a token; whether it does depends on the next character.
      if ((cls & (ALNUM | C_LEET)) !== 0) {
        const next = i + 1 < n ? (CLASS[source.charCodeAt(i + 1)] as number) : 0;
        const nextAlnum = (next & ALNUM) !== 0;
        token = (cls & ALNUM) !== 0 || (c !== BANG && c !== PIPE && nextAlnum && !(c === AT && mentionsAi(source, i)));
        // The token continues past i when the next character is alphanumeric or a leet symbol before one.
        const leetDigit = (LEET_CODES[c] as number) !== 0 && (cls & C_DIGIT) !== 0;
        const inRun = leetDigit && runCount > 0 && leetInRun(source, lastRun, i, runCount);
        opens = leetDigit && !inRun && leetOpensRun(source, i);
        const letter = (cls & C_LETTER) !== 0 || inRun || opens;
        single = token && letter && !nextAlnum && !((next & C_LEET) !== 0 && i + 2 < n && isAlnum(source, i + 2));
      }
    }
    // A pending single-letter run ends at a longer token, a letter more than 4 characters on, the end, or a
    // letter after a different separator: "i g n o r e   a l l" and "i-g-n-o-r-e a-l-l" are two words each.
    if (runCount > 0 && ((token && !single) || i === n || (single && (i - lastRun > SPACED_REACH || (runCount >= 2 && !sameSeparator(source, sepFrom, sepLen, lastRun + 1, i)) || (runCount === 1 && opensOtherRun(source, lastRun + 1, i)))))) {
      if (runCount >= 3) {
        spacedEnd = lastRun + 1;
        spacedSeparator = source.charCodeAt(sepFrom);
      }
      if (runCount === 3 && leads !== undefined) {
        const kinds = mayLead(leads, out[runFrom] as number, out[runFrom + 1] as number, out[runFrom + 2] as number, SPACE, 3);
        if (kinds !== 0) starts.push(runFrom, kinds);
      }
      if (runCount <= 2) {
        if (len > 0) {
          out[len++] = b0 ? NEWLINE : SPACE;
        }
        const at = len;
        segments.mark(len, p0);
        out[len++] = source.charCodeAt(p0);
        if (runCount === 2) {
          // Two letters closer to each other than to what stands either side are a spaced-out word too ("m y" in
          // "h a t e   m y   u s e r s"), which may lead a rule ("a i" for "ai"); "section 3 a b" keeps them apart.
          const pair = !b1 && tighterThanNeighbours(source, p0, p1, i);
          if (!pair) out[len++] = b1 ? NEWLINE : SPACE;
          segments.mark(len, p1);
          out[len++] = source.charCodeAt(p1);
          if (pair && leads !== undefined) {
            const kinds = mayLead(leads, out[at] as number, out[at + 1] as number, SPACE, SPACE, 2);
            if (kinds !== 0) starts.push(at, kinds);
          }
        }
      }
      runCount = 0;
    }
    if (i === n) break;
    // A leet digit only goes on a run a letter began (leetInRun), or opens one (leetOpensRun): after the run ended
    // here, it is a number.
    if (single && runCount === 0 && (cls & C_LETTER) === 0 && !opens && !leetOpensRun(source, i)) single = false;
    if (!token) {
      structure.other(i, c);
      if (cls & C_SENTENCE) pendingBreak = true;
      i++;
      continue;
    }
    if (single) {
      if (runCount === 0) {
        p0 = i;
        b0 = pendingBreak && !onlySeparator(source, spacedEnd, i, spacedSeparator);
      } else if (runCount === 1) {
        p1 = i;
        b1 = pendingBreak;
        sepFrom = lastRun + 1;
        sepLen = i - sepFrom;
      } else {
        if (runCount === 2) {
          if (len > 0) {
            out[len++] = b0 ? NEWLINE : SPACE;
          }
          runFrom = len;
          segments.mark(len, p0);
          out[len++] = spelt(source.charCodeAt(p0));
          segments.mark(len, p1);
          out[len++] = spelt(source.charCodeAt(p1));
        } else if (runCount === 3 && leads !== undefined) {
          // The fourth letter of a spaced-out word: now its start can be checked against four-letter leads.
          const kinds = mayLead(leads, out[runFrom] as number, out[runFrom + 1] as number, out[runFrom + 2] as number, spelt(c), 4);
          if (kinds !== 0) starts.push(runFrom, kinds);
        }
        segments.mark(len, i);
        out[len++] = spelt(c);
      }
      if (cls & C_NOT_ASCII_ALNUM) structure.other(i, c);
      else structure.word(i);
      seen |= cls;
      runCount++;
      lastRun = i;
      pendingBreak = false;
      i++;
      continue;
    }
    if (len > 0) {
      out[len++] = pendingBreak ? NEWLINE : SPACE;
    }
    pendingBreak = false;
    const from = len;
    segments.mark(len, i);
    let classes = 0;
    let q = i;
    let d = c;
    let e = cls;
    let joined = false;
    let glued = 0;
    // A line break or tab written out ("\\nIgnore …", as JSON strings and pasted prompts carry them) glues its
    // letter to the word after it: that word may start a rule too.
    if ((c === LOWER_N || c === LOWER_R || c === LOWER_T) && i > 0 && source.charCodeAt(i - 1) === BACKSLASH) gluedAt[glued++] = len + 1;
    for (;;) {
      for (;;) {
        classes |= e;
        out[len++] = d;
        if (++q >= n) break;
        d = source.charCodeAt(q);
        if ((e & C_ASCII_LETTER) !== 0 && d - LOWER_A < 26 && d >= LOWER_A) {
          // Lower-case ASCII letters after an ASCII letter, most of any prose: no class lookup, nothing glued.
          out[len++] = d;
          while (++q < n && (d = source.charCodeAt(q)) - LOWER_A < 26 && d >= LOWER_A) out[len++] = d;
          if (q >= n) break;
        }
        const prior = e;
        e = CLASS[d] as number;
        if ((e & ALNUM) === 0 && !((e & C_LEET) !== 0 && q + 1 < n && isAlnum(source, q + 1))) break;
        // An ASCII letter right after a digit or a letter of another script may start an English word glued on.
        if ((e & C_ASCII_LETTER) !== 0 && (prior & C_ASCII_LETTER) === 0 && (prior & ALNUM) !== 0 && glued < GLUED_MAX) gluedAt[glued++] = len;
      }
      let next = q < n && d === HYPHEN && (classes & C_LETTER) !== 0 ? afterLineBreakHyphen(clean, q) : -1;
      // A trigger word split by a space or a symbol ("ig nore"): the table lookups that reject nearly every token
      // stay inline, in front of everything else.
      if (
        next < 0 &&
        (((SPLIT_PREFIX_LENGTHS[(((out[from] as number) & 127) << 7) | ((out[from + 1] as number) & 127)] as number) >>> (len - from)) & 1) !== 0 &&
        len - from < 32 &&
        (((SPLIT_LAST_LETTERS[(((out[from] as number) & 127) << 5) | (len - from)] as number) >>> (((out[len - 1] as number) - 97) & 31)) & 1) !== 0 &&
        q < n &&
        d < 128 &&
        SPLIT_SEPARATOR[d] === 1 &&
        (classes & KINDS) === C_ASCII_LETTER
      ) {
        next = splitContinuation(out, from, len, source, q);
      }
      if (next < 0) break;
      // The word goes on after the line break or the split: the folded map starts a new segment there.
      joined = true;
      q = next;
      d = source.charCodeAt(q);
      e = CLASS[d] as number;
      segments.mark(len, q);
    }
    seen |= classes;
    lettersWithDigits ||= (classes & (C_ASCII_LETTER | C_DIGIT)) === (C_ASCII_LETTER | C_DIGIT);
    const length = len - from;
    // A word of a shape no hint word, typo or misspelling has (word-shapes.ts) skips those checks.
    let shaped = mayBeMarked(out, from, len);
    if (cipherHints !== ALL_HINTS && (classes & C_ASCII_LETTER) !== 0) {
      // A joined token holds two words of the structural view, either of which may be a hint word.
      cipherHints |= joined ? ALL_HINTS : (classes & C_NOT_ASCII_ALNUM) !== 0 ? hintsOfRuns(out, from, len) : shaped ? hintOfWord(out, from, len) : 0;
    }
    if ((classes & C_NOT_ASCII_ALNUM) === 0 && !joined) {
      structure.word(i);
    } else {
      for (let k = i; k < q; k++) {
        const u = source.charCodeAt(k);
        if ((CLASS[u] as number) & C_NOT_ASCII_ALNUM) structure.other(k, u);
        else structure.word(k);
      }
    }
    // Leetspeak is folded only inside tokens mixing ASCII letters (and accented ones) and leet symbols ("1gn0r3", not
    // "2024"), and in a short all-digit token right after such a word, with only a space, an apostrophe or a hyphen
    // between, or right before one: "p0l1cy 15 5u5p3nd3d", "u53r'5", "c0l0qu3-0", "in 4 v3ry" (a number does not
    // stand that close to a leetspeak word).
    if ((classes & LEET_KINDS) === (C_ASCII_LETTER | C_LEET) || ((classes & KINDS) === C_LEET && len - from <= LEET_NUMBER_MAX && ((leetEnd >= 0 && leetFollows(source, leetEnd, i)) || leetPrecedes(source, q)))) {
      for (let r = from; r < len; r++) {
        const u = out[r] as number;
        if (u < 128 && (LEET_CODES[u] as number) !== 0) out[r] = LEET_CODES[u] as number;
      }
      leetEnd = q;
      if (!joined) leetList.push(i, q);
      shaped = mayBeMarked(out, from, len);
    }
    const trigger = shaped && length >= 2 && mayBeTypo(length, out[from] as number, out[from + 1] as number, out[len - 1] as number) && foldTypo(out, from, len);
    // A misspelt trigger word: mayBeMisspelt's two table lookups inline, as for split words.
    if (
      shaped &&
      !trigger &&
      length >= 3 &&
      length <= MISSPELLING_MAX_LENGTH &&
      (((MISSPELLING_HEADS[pairIndex(length, out[from] as number, out[from + 1] as number)] as number) >>> ((out[from + 2] as number) & 31)) & 1) !== 0 &&
      (((MISSPELLING_TAILS[pairIndex(length, out[len - 1] as number, out[len - 2] as number)] as number) >>> ((out[len - 3] as number) & 31)) & 1) !== 0 &&
      !joined
    ) {
      noteMisspelling(out, from, len, i, q, structure);
    }
    // Past the end of a short token comes the separator that will follow it.
    if (leads !== undefined && length >= 2) {
      const kinds = mayLead(leads, out[from] as number, out[from + 1] as number, length > 2 ? (out[from + 2] as number) : SPACE, length > 3 ? (out[from + 3] as number) : SPACE, length);
      if (kinds !== 0) starts.push(from, kinds);
      for (let g = 0; g < glued; g++) gluedStart(leads, out, gluedAt[g] as number, len, starts);
    }
    i = q;
  }
  const folded = ascii ? decodeAscii(out.subarray(0, len)) : decodeUnits(out.subarray(0, len));
  // One allocation holds both lists (views of its parts would cost more than the copy).
  const lists = new Int32Array(starts.length + segments.length);
  const startsEnd = starts.length;
  starts.drainTo(lists, 0);
  segments.drainTo(lists, startsEnd);
  let leet: Int32Array | undefined;
  if (leetList.length > 0) {
    leet = new Int32Array(leetList.length);
    leetList.drainTo(leet, 0);
  }
  return {
    base,
    clean,
    folded,
    foldedMap: new FoldedMap(folded, lists, startsEnd),
    starts: lists,
    startsEnd,
    seen,
    cipherHints,
    lettersWithDigits,
    ascii,
    structure: structure.finish(),
    leet,
  };
}

/**
 * Spells the leet digits of `clean`'s leetspeak tokens ranges[from, to) as letters into `units`, where clean index k
 * is at k - shift; capitals in a token written in capitals ("M3ss4g3" → "Message", "D4N" → "DAN"). "@", "$", "|" and
 * "!" keep their meaning in the structural view ("r3vi3ws@m4ilb0x.0rg").
 */
function spellTokens(clean: string, ranges: Int32Array, from: number, to: number, units: Uint16Array, shift: number): void {
  for (let r = from; r < to; r += 2) {
    const start = ranges[r] as number;
    const end = ranges[r + 1] as number;
    let capitals = false;
    let small = false;
    for (let k = start; k < end; k++) {
      const u = clean.charCodeAt(k);
      capitals ||= u >= 65 && u <= 90;
      small ||= u >= 97 && u <= 122;
    }
    const caseShift = capitals && !small ? 32 : 0;
    for (let k = start; k < end; k++) {
      const u = clean.charCodeAt(k);
      const letter = spelt(u);
      if (letter !== u) units[k - shift] = letter - caseShift;
    }
  }
}

/** `clean` with every leetspeak token (TextViews.leet) spelt in letters, index for index; undefined when none. */
export function spellLeet(views: TextViews): string | undefined {
  const ranges = views.leet;
  if (ranges === undefined) return undefined;
  const clean = views.clean;
  const units = outputBuffer(clean.length).subarray(0, clean.length);
  for (let k = 0; k < clean.length; k++) units[k] = clean.charCodeAt(k);
  spellTokens(clean, ranges, 0, ranges.length, units, 0);
  return views.ascii ? decodeAscii(units) : decodeUnits(units);
}

/** The lines of a text that hold leetspeak, spelt (leetLines), and where each begins in `clean`. */
export interface LeetLines {
  /** The lines, spelt, joined by line breaks. */
  text: string;
  /** Pairs (index in `text`, index in `clean`) of each line's start, in order. */
  starts: number[];
}

/**
 * The lines of `clean` holding a leetspeak token, spelt in letters (spellTokens), or undefined when none does: what
 * the structural rules read again. Only those lines: in 1 MiB of the dependencies' READMEs, whose "Uint8Array" and
 * "IPv4" count as leetspeak, they are a sixth of the text.
 */
export function leetLines(views: TextViews): LeetLines | undefined {
  const ranges = views.leet;
  if (ranges === undefined) return undefined;
  const clean = views.clean;
  // Per kept line: its start and end in `clean`, and its first and past-last range.
  const lines: number[] = [];
  let length = 0;
  for (let r = 0; r < ranges.length; ) {
    const lineStart = clean.lastIndexOf("\n", (ranges[r] as number) - 1) + 1;
    const newline = clean.indexOf("\n", ranges[r] as number);
    const lineEnd = newline === -1 ? clean.length : newline;
    const first = r;
    while (r < ranges.length && (ranges[r] as number) < lineEnd) r += 2;
    lines.push(lineStart, lineEnd, first, r);
    length += lineEnd - lineStart + 1;
  }
  const units = outputBuffer(length).subarray(0, length - 1);
  const starts: number[] = [];
  let at = 0;
  for (let l = 0; l < lines.length; l += 4) {
    const lineStart = lines[l] as number;
    const lineEnd = lines[l + 1] as number;
    if (at > 0) units[at++] = NEWLINE;
    starts.push(at, lineStart);
    for (let k = lineStart; k < lineEnd; k++) units[at++] = clean.charCodeAt(k);
    spellTokens(clean, ranges, lines[l + 2] as number, lines[l + 3] as number, units, lineStart - (at - (lineEnd - lineStart)));
  }
  return { text: views.ascii ? decodeAscii(units) : decodeUnits(units), starts };
}

/** Notes source [start, end) when its folded out[from, to) is a misspelt trigger word (misspellings.ts). */
function noteMisspelling(out: Uint16Array, from: number, to: number, start: number, end: number, structure: StructureScanner): void {
  if (!structure.wantsMisspelt() || !mayBeMisspelt(out, from, to)) return;
  const word = misspeltTrigger(out, from, to);
  if (word !== undefined) structure.misspelt(start, end, word);
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, "");
}

/**
 * The text without tag characters and runs of variation selectors that spell hidden text (analyze.ts scans what they
 * spell separately); a single selector, choosing an emoji's or a Han character's glyph, stays. Both live behind the
 * high surrogate U+DB40 (the selectors below U+FE10 are invisible characters, removed with the others).
 */
function withoutHiddenText(text: string): string {
  if (!text.includes("\uDB40")) return text;
  return (hiddenTagText(text, false) ?? text).replace(SELECTOR_RUN, "");
}

/** `leads`: report the token starts that may begin one of these words (see LeadFilter). */
export function buildViews(text: string, leads?: LeadFilter): TextViews {
  // NFKC, invisible characters and look-alikes only concern code units above 0x7F.
  let ascii = isAscii(text);
  let base = ascii ? text : stripInvisible(withoutHiddenText(foldEnclosedCapitals(text.normalize("NFKC"))));
  if (!ascii && isAscii(base)) {
    // ASCII apart from invisible characters: copied into V8's one-byte string form, which every later scan
    // (lower-casing, regular expressions, the folding loop) reads faster than the two-byte form.
    base = Buffer.from(base, "latin1").toString("latin1");
    ascii = true;
  }
  const clean = ascii ? base : foldConfusables(base);
  return buildFolded(base, clean, ascii, leads);
}
