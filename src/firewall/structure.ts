/**
 * The detectors that look at the shape of the `clean` view rather than its words (built during the folding
 * pass, see StructureScanner):
 * token flooding, and the character runs the payload decoder and the secret detector start from. Each
 * character costs one table lookup; runs inside runs (base64 and hex inside secret-token runs) are found by
 * re-reading only those runs.
 *
 * Flooding: long runs of symbol-only tokens (") ] } ) ] }") or one token repeated many times ("ö ö ö ö ...")
 * are padding used to push a model's own instructions out of its attention or context window.
 */
import { CLASS, C_DIGIT, C_LETTER } from "./charclass.js";
import { ALNUM_CHARS, HEX_CHARS } from "./runs.js";
import type { Rewrite } from "./rewrite-regions.js";

export interface TextStructure {
  /** Length of the longest run of consecutive junk tokens (symbol-only, or identical to the previous one). */
  floodRun: number;
  /** Runs (>= 16) of the characters secret tokens are written with: letters, digits, _ + / = . - */
  tokenRuns: Array<[number, number]>;
  /** Runs (>= 16) of base64 characters (incl. URL-safe), inside token runs. */
  base64Runs: Array<[number, number]>;
  /** Runs (>= 16) of hex digits, inside token runs. */
  hexRuns: Array<[number, number]>;
  /** Four whitespace-separated two-digit hex words in a row: the text may hold spaced hex bytes ("69 67 6e …"). */
  hexSpaced: boolean;
  /** Four whitespace-separated eight-digit words of 0 and 1 in a row: the text may hold spaced binary bytes. */
  binarySpaced: boolean;
  /** Bit c is set when ASCII symbol c occurs in the text (see mayHold). */
  symbols: Uint32Array;
  /** Misspelt trigger words and the words they misspell (misspellings.ts), found by the folding pass alone. */
  misspelt: Rewrite[];
}

/**
 * False when character `c` does not occur in the text of `structure`; true when it does or is not recorded
 * (letters, digits, whitespace and non-ASCII characters are not).
 */
export function mayHold(structure: TextStructure, c: number): boolean {
  if (c >= 128 || ((TABLE[c] as number) & (T_WORD | T_SPACE)) !== 0) return true;
  return (((structure.symbols[c >> 5] as number) >>> (c & 31)) & 1) !== 0;
}

export const FLOOD_MIN_RUN = 24;
/** Misspelt words kept: the text read again around them is cut to a payload's size anyway. */
const MAX_MISSPELT = 1024;
const MIN_RUN = 16;
/** Tokens up to this length are compared with the previous one; longer than LONG_TOKEN are never padding. */
const SHORT_TOKEN = 8;
const LONG_TOKEN = 32;

const T_TOKEN = 1; // secret-token characters
const T_WORD = 2; // ASCII letters and digits
const T_SPACE = 4; // token separators for flooding: space, tab, CR, LF
const T_BASE64 = 8;
const T_HEX = 16;
const TABLE = new Uint8Array(128);
const mark = (chars: string, bit: number): void => {
  for (const c of chars) TABLE[c.charCodeAt(0)] = (TABLE[c.charCodeAt(0)] as number) | bit;
};
mark(`${ALNUM_CHARS}_+/=.-`, T_TOKEN);
mark(ALNUM_CHARS, T_WORD);
mark(" \t\r\n", T_SPACE);
mark(`${ALNUM_CHARS}+/_-=`, T_BASE64);
mark(HEX_CHARS, T_HEX);

/**
 * Spaced hex bytes are six or more pairs; all but the first and last (which may touch other characters) are
 * whole two-character words.
 */
const HEX_SPACED_WORDS = 4;
/** The same for binary bytes ("01101001 01100111 …"): four eight-digit words, a cheap gate for BINARY_SPACED_RUN's six. */
const BINARY_SPACED_WORDS = 4;

/** Whether text[start, start + 8) is eight binary digits. */
function isBinaryByte(text: string, start: number): boolean {
  for (let k = start; k < start + 8; k++) {
    const c = text.charCodeAt(k);
    if (c !== 48 && c !== 49) return false;
  }
  return true;
}

function isHex(c: number): boolean {
  return c < 128 && ((TABLE[c] as number) & T_HEX) !== 0;
}

/** Shortest period (<= 16) of a long token that is one short string repeated ("abcabcabc…"), or 0. */
function period(text: string, start: number, end: number): number {
  const probe = Math.min(end, start + 96);
  for (let p = 1; p <= 16; p++) {
    let i = start;
    while (i + p < probe && text.charCodeAt(i) === text.charCodeAt(i + p)) i++;
    if (i + p >= probe) return p;
  }
  return 0;
}

function sameToken(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** Base64 and hex sub-runs of at least MIN_RUN characters inside the token run [start, end), in one pass. */
function subRuns(text: string, start: number, end: number, base64: Array<[number, number]>, hex: Array<[number, number]>): void {
  let b = -1;
  let h = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    const t = c < 128 ? (TABLE[c] as number) : 0;
    if (t & T_BASE64) {
      if (b === -1) b = i;
    } else if (b !== -1) {
      if (i - b >= MIN_RUN) base64.push([b, i]);
      b = -1;
    }
    if (t & T_HEX) {
      if (h === -1) h = i;
    } else if (h !== -1) {
      if (i - h >= MIN_RUN) hex.push([h, i]);
      h = -1;
    }
  }
}

/**
 * Builds a TextStructure while a caller walks the text once, left to right: `word` for runs of ASCII letters
 * and digits, `other` for every other character. The folding pass in normalize.ts drives it, so the text is
 * read once for both; scanStructure drives it alone.
 */
export class StructureScanner {
  private readonly tokenRuns: Array<[number, number]> = [];
  private tokenStart = -1;
  // Flood state: the current whitespace-separated token and the previous short one.
  private wordStart = -1;
  private wordish = false;
  private prevStart = 0;
  private prevLength = -1;
  private run = 0;
  private best = 0;
  private hexPairs = 0;
  private hexSpaced = false;
  private binaryBytes = 0;
  private binarySpaced = false;
  private readonly symbols = new Uint32Array(4);
  private readonly misspellings: Rewrite[] = [];

  constructor(private readonly text: string) {}

  /** Characters [from, to) are ASCII letters or digits. */
  word(from: number): void {
    if (this.wordStart === -1) this.wordStart = from;
    this.wordish = true;
    if (this.tokenStart === -1) this.tokenStart = from;
  }

  /** Character i (code c) is anything else. */
  other(i: number, c: number): void {
    const t = c < 128 ? (TABLE[c] as number) : 0;
    if ((t & T_TOKEN) !== 0) {
      if (this.tokenStart === -1) this.tokenStart = i;
    } else if (this.tokenStart !== -1) {
      this.endRun(i);
    }
    if ((t & T_SPACE) !== 0) {
      if (this.wordStart !== -1) this.endWord(i);
      return;
    }
    if (c < 128) this.symbols[c >> 5] = (this.symbols[c >> 5] as number) | (1 << (c & 31));
    if (this.wordStart === -1) {
      this.wordStart = i;
      this.wordish = false;
    }
    if (!this.wordish && c >= 128 && ((CLASS[c] as number) & (C_LETTER | C_DIGIT)) !== 0) this.wordish = true;
  }

  /** Whether another misspelt word would be kept: past MAX_MISSPELT the folding pass stops looking for them. */
  wantsMisspelt(): boolean {
    return this.misspellings.length < MAX_MISSPELT;
  }

  /** Characters [start, end) misspell trigger word `word` (the caller has asked wantsMisspelt). */
  misspelt(start: number, end: number, word: string): void {
    this.misspellings.push({ start, end, text: word });
  }

  private endRun(i: number): void {
    if (i - this.tokenStart >= MIN_RUN) this.tokenRuns.push([this.tokenStart, i]);
    this.tokenStart = -1;
  }

  private endWord(i: number): void {
    const length = i - this.wordStart;
    if (length >= 96) {
      const p = period(this.text, this.wordStart, i);
      // One ASCII symbol repeated is a ruler (a markdown table's "| ------ |", "======"): a tokenizer reads a run
      // of dashes as a few tokens, so it pads nothing out of a context window, and pasted READMEs are full of them.
      const ruler = p === 1 && this.text.charCodeAt(this.wordStart) < 128 && !this.wordish;
      if (p > 0 && !ruler) this.best = Math.max(this.best, Math.floor(length / p));
    }
    const short = length <= SHORT_TOKEN;
    const repeated = short && length === this.prevLength && sameToken(this.text, this.wordStart, this.prevStart, length);
    const junk = length <= LONG_TOKEN && (repeated || !this.wordish);
    this.run = junk ? this.run + 1 : 0;
    if (this.run > this.best) this.best = this.run;
    this.prevStart = this.wordStart;
    this.prevLength = short ? length : -1;
    const hexPair = length === 2 && isHex(this.text.charCodeAt(this.wordStart)) && isHex(this.text.charCodeAt(this.wordStart + 1));
    this.hexPairs = hexPair ? this.hexPairs + 1 : 0;
    if (this.hexPairs >= HEX_SPACED_WORDS) this.hexSpaced = true;
    this.binaryBytes = length === 8 && isBinaryByte(this.text, this.wordStart) ? this.binaryBytes + 1 : 0;
    if (this.binaryBytes >= BINARY_SPACED_WORDS) this.binarySpaced = true;
    this.wordStart = -1;
  }

  /** Ends the walk at the text's length. */
  finish(): TextStructure {
    const n = this.text.length;
    if (this.tokenStart !== -1) this.endRun(n);
    if (this.wordStart !== -1) this.endWord(n);
    const base64Runs: Array<[number, number]> = [];
    const hexRuns: Array<[number, number]> = [];
    for (const [s, e] of this.tokenRuns) subRuns(this.text, s, e, base64Runs, hexRuns);
    return { floodRun: this.best, tokenRuns: this.tokenRuns, base64Runs, hexRuns, hexSpaced: this.hexSpaced, binarySpaced: this.binarySpaced, symbols: this.symbols, misspelt: this.misspellings };
  }
}

export function scanStructure(text: string): TextStructure {
  const scanner = new StructureScanner(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && ((TABLE[c] as number) & T_WORD) !== 0) scanner.word(i);
    else scanner.other(i, c);
  }
  return scanner.finish();
}
