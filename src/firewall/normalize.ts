/**
 * Text views the detectors scan. Every step is a single left-to-right pass, so work is linear in the input.
 *
 * - `base`:   NFKC, zero-width / bidi / soft-hyphen controls removed. Sanitised output is built from it.
 * - `clean`:  `base` with Cyrillic/Greek look-alike letters folded to Latin inside words that are Latin or
 *             spoofed. Folding is one UTF-16 unit for one, so `clean` and `base` share every index.
 * - `folded`: `clean` lower-cased, leetspeak folded, spaced-out letters joined, every other run of
 *             non-letters squeezed to one space (sentence ends become "\n"). `foldedMap[i]` is the index in
 *             `clean` of folded character i, so a rule match can be traced back to the original span.
 */
export interface TextViews {
  base: string;
  clean: string;
  folded: string;
  foldedMap: Uint32Array;
}

/** Zero-width, joiners, bidi embeddings/overrides/isolates, word joiner, invisible operators, BOM, soft hyphen. */
export const INVISIBLE_CHARS = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** Cyrillic and Greek letters that render like Latin ones. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  і: "i", ї: "i", ј: "j", ѕ: "s", ԁ: "d", һ: "h", ӏ: "l", ԛ: "q", ԝ: "w", ү: "y", ɡ: "g", ɑ: "a", ı: "i",
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X", І: "I",
  Ј: "J", Ѕ: "S", Ԁ: "D", Һ: "H", Ӏ: "I", Ԛ: "Q", Ԝ: "W",
  α: "a", β: "b", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w", γ: "y",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y",
  Χ: "X",
};

const LEET: Readonly<Record<string, string>> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", $: "s", "|": "i", "!": "i",
};

const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const ASCII_LETTER = /[A-Za-z]/;
const SENTENCE_END = /[.!?;。！？\n\r]/;
const COMBINING = /\p{M}/u;
const CONFUSABLE_CHAR = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`);
const CYRILLIC_OR_GREEK = /[\u0370-\u03FF\u0400-\u04FF]/g;
const ASCII_LETTERS = /[A-Za-z]/g;

export const NORMALIZE_PATTERNS: readonly RegExp[] = [
  INVISIBLE_CHARS, LETTER, ALNUM, ASCII_LETTER, SENTENCE_END, COMBINING, CONFUSABLE_CHAR, CYRILLIC_OR_GREEK, ASCII_LETTERS,
];

// Character classes, with an ASCII fast path so the common case needs no regular expression per character.
const C_LETTER = 1;
const C_DIGIT = 2;
const C_LEET = 4;
const C_SENTENCE = 8;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z]/.test(ch)) ASCII_CLASS[c] = C_LETTER;
  else if (/[0-9]/.test(ch)) ASCII_CLASS[c] = C_DIGIT;
  if (LEET[ch] !== undefined) ASCII_CLASS[c] = (ASCII_CLASS[c] as number) | C_LEET;
  if (SENTENCE_END.test(ch)) ASCII_CLASS[c] = (ASCII_CLASS[c] as number) | C_SENTENCE;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ((ASCII_CLASS[c] as number) & C_LETTER) !== 0;
  return LETTER.test(text[i] as string) || COMBINING.test(text[i] as string);
}

function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ((ASCII_CLASS[c] as number) & (C_LETTER | C_DIGIT)) !== 0;
  return ALNUM.test(text[i] as string) || COMBINING.test(text[i] as string);
}

function isSentenceEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ((ASCII_CLASS[c] as number) & C_SENTENCE) !== 0;
  return SENTENCE_END.test(text[i] as string);
}

function isLeetAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && ((ASCII_CLASS[c] as number) & C_LEET) !== 0;
}

/**
 * Fold a word's look-alikes when the word mixes them with Latin letters, or when it is made only of look-alikes
 * inside mostly-Latin text; Russian or Greek prose ("все", "как") stays itself.
 */
function foldConfusables(text: string): string {
  if (!CONFUSABLE_CHAR.test(text)) return text;
  const latinText = (text.match(ASCII_LETTERS)?.length ?? 0) > (text.match(CYRILLIC_OR_GREEK)?.length ?? 0);
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isLetterAt(text, i)) {
      let j = i + 1;
      while (j < text.length && !isLetterAt(text, j)) j++;
      out.push(text.slice(i, j));
      i = j;
      continue;
    }
    let j = i;
    let latin = false;
    let allConfusable = true;
    let anyConfusable = false;
    while (j < text.length && isLetterAt(text, j)) {
      const c = text[j] as string;
      if (text.charCodeAt(j) < 128) latin = true;
      else if (CONFUSABLES[c] !== undefined) anyConfusable = true;
      else allConfusable = false;
      j++;
    }
    const word = text.slice(i, j);
    if (anyConfusable && (latin || (allConfusable && latinText))) {
      let folded = "";
      for (const c of word) folded += CONFUSABLES[c] ?? c;
      out.push(folded);
    } else {
      out.push(word);
    }
    i = j;
  }
  return out.join("");
}

const LEET_CODES = new Uint16Array(128);
for (const [from, to] of Object.entries(LEET)) LEET_CODES[from.charCodeAt(0)] = to.charCodeAt(0);
const SPACE = 32;
const NEWLINE = 10;
const UTF16 = new TextDecoder("utf-16le");

/**
 * Tokens are maximal runs of letters/digits (plus leet symbols inside a word). Spaced-out letters
 * ("i g n o r e", "i.g.n.o.r.e": >= 3 single-letter tokens at most 4 apart) are joined into one word.
 * One pass writing UTF-16 code units into a typed array: no per-token strings.
 */
function buildFolded(clean: string): { folded: string; foldedMap: Uint32Array } {
  const lower = clean.toLowerCase();
  // toLowerCase can change length for a few code points; then the original case is kept.
  const source = lower.length === clean.length ? lower : clean;
  const n = source.length;
  const out = new Uint16Array(n + 1);
  const map = new Uint32Array(n + 1);
  let len = 0;
  const separator = (isBreak: boolean, at: number): void => {
    if (len === 0) return;
    out[len] = isBreak ? NEWLINE : SPACE;
    map[len++] = at > 0 ? at - 1 : 0;
  };
  // Pending run of single-letter tokens.
  const run: number[] = [];
  const runBreaks: boolean[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    if (run.length >= 3) {
      separator(runBreaks[0] as boolean, run[0] as number);
      for (const p of run) {
        out[len] = source.charCodeAt(p);
        map[len++] = p;
      }
    } else {
      run.forEach((p, k) => {
        separator(runBreaks[k] as boolean, p);
        out[len] = source.charCodeAt(p);
        map[len++] = p;
      });
    }
    run.length = 0;
    runBreaks.length = 0;
  };
  let i = 0;
  let pendingBreak = false;
  while (i < n) {
    const leetStart = isLeetAt(source, i) && source[i] !== "!" && source[i] !== "|" && i + 1 < n && isAlnumAt(source, i + 1);
    if (!isAlnumAt(source, i) && !leetStart) {
      if (isSentenceEndAt(source, i)) pendingBreak = true;
      i++;
      continue;
    }
    let j = i + 1;
    let letters = 0;
    let leet = 0;
    let other = 0;
    for (let k = i; ; k++) {
      const c = source.charCodeAt(k);
      const cls = c < 128 ? (ASCII_CLASS[c] as number) : 0;
      if (cls & C_LETTER) letters++;
      else if (cls & C_LEET) leet++;
      else other++;
      if (k + 1 >= n) break;
      if (isAlnumAt(source, k + 1) || (isLeetAt(source, k + 1) && k + 2 < n && isAlnumAt(source, k + 2))) j = k + 2;
      else break;
    }
    if (j === i + 1 && isLetterAt(source, i)) {
      if (run.length > 0 && i - (run[run.length - 1] as number) > 4) flushRun();
      run.push(i);
      runBreaks.push(pendingBreak);
    } else {
      flushRun();
      separator(pendingBreak, i);
      const fold = letters > 0 && leet > 0 && other === 0;
      for (let k = i; k < j; k++) {
        const c = source.charCodeAt(k);
        out[len] = fold && c < 128 && (LEET_CODES[c] as number) !== 0 ? (LEET_CODES[c] as number) : c;
        map[len++] = k;
      }
    }
    pendingBreak = false;
    i = j;
  }
  flushRun();
  return { folded: UTF16.decode(out.subarray(0, len)), foldedMap: map.subarray(0, len) };
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, "");
}

export function buildViews(text: string): TextViews {
  const base = stripInvisible(text.normalize("NFKC"));
  const clean = foldConfusables(base);
  const { folded, foldedMap } = buildFolded(clean);
  return { base, clean, folded, foldedMap };
}
