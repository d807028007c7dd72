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

function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

const CYRILLIC_OR_GREEK = /[\u0370-\u03FF\u0400-\u04FF]/g;
const ASCII_LETTERS = /[A-Za-z]/g;

/**
 * Fold a word's look-alikes when the word mixes them with Latin letters, or when it is made only of look-alikes
 * inside mostly-Latin text; Russian or Greek prose ("все", "как") stays itself.
 */
function foldConfusables(text: string): string {
  const latinText = (text.match(ASCII_LETTERS)?.length ?? 0) > (text.match(CYRILLIC_OR_GREEK)?.length ?? 0);
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (!isLetter(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    let latin = false;
    let allConfusable = true;
    let anyConfusable = false;
    while (j < text.length && (isLetter(text[j] as string) || COMBINING.test(text[j] as string))) {
      const c = text[j] as string;
      if (ASCII_LETTER.test(c)) latin = true;
      else if (CONFUSABLES[c] !== undefined) anyConfusable = true;
      else allConfusable = false;
      j++;
    }
    const word = text.slice(i, j);
    if (anyConfusable && (latin || (allConfusable && latinText))) {
      for (const c of word) out += CONFUSABLES[c] ?? c;
    } else {
      out += word;
    }
    i = j;
  }
  return out;
}

/** A token is leet when it mixes ASCII letters with leet symbols ("1gn0r3", "pr3v!ous"). */
function foldLeet(token: string): string {
  let letters = 0;
  let leet = 0;
  for (const c of token) {
    if (ASCII_LETTER.test(c)) letters++;
    else if (LEET[c] !== undefined) leet++;
  }
  if (letters === 0 || leet === 0 || letters + leet !== token.length) return token;
  let out = "";
  for (const c of token) out += LEET[c] ?? c;
  return out;
}

interface Token {
  text: string;
  start: number;
  /** True when a sentence end sits between this token and the previous one. */
  sentenceBreak: boolean;
}

function tokenize(clean: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let pendingBreak = false;
  while (i < clean.length) {
    const ch = clean[i] as string;
    const wordish =
      ALNUM.test(ch) || (LEET[ch] !== undefined && ch !== "!" && ch !== "|" && i + 1 < clean.length && ALNUM.test(clean[i + 1] as string));
    if (!wordish) {
      if (SENTENCE_END.test(ch)) pendingBreak = true;
      i++;
      continue;
    }
    let j = i;
    while (j < clean.length) {
      const c = clean[j] as string;
      if (ALNUM.test(c) || COMBINING.test(c)) j++;
      else if (LEET[c] !== undefined && c !== "!" && c !== "|" && j + 1 < clean.length && ALNUM.test(clean[j + 1] as string)) j++;
      else if ((c === "!" || c === "|") && j > i && j + 1 < clean.length && ASCII_LETTER.test(clean[j + 1] as string)) j++;
      else break;
    }
    if (j === i) j = i + 1;
    tokens.push({ text: clean.slice(i, j), start: i, sentenceBreak: pendingBreak });
    pendingBreak = false;
    i = j;
  }
  return tokens;
}

/** Joins runs of >= 3 single-letter tokens ("i g n o r e", "i.g.n.o.r.e") into one word. */
function buildFolded(clean: string): { folded: string; foldedMap: Uint32Array } {
  const lower = clean.toLowerCase();
  // toLowerCase can change length for a few code points; fall back to per-char mapping only then.
  const source = lower.length === clean.length ? lower : clean;
  const tokens = tokenize(source);
  const parts: string[] = [];
  const map: number[] = [];
  let k = 0;
  const emit = (text: string, start: number, sep: string): void => {
    if (parts.length > 0) {
      parts.push(sep);
      map.push(start > 0 ? start - 1 : 0);
    }
    parts.push(text);
    for (let c = 0; c < text.length; c++) map.push(start + Math.min(c, source.length - 1 - start));
  };
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.text.length === 1 && isLetter(t.text)) {
      let end = k;
      while (end + 1 < tokens.length) {
        const next = tokens[end + 1] as Token;
        if (next.text.length !== 1 || !isLetter(next.text) || next.start - (tokens[end] as Token).start > 4) break;
        end++;
      }
      if (end - k >= 2) {
        let word = "";
        for (let m = k; m <= end; m++) word += (tokens[m] as Token).text;
        if (parts.length > 0) {
          parts.push(t.sentenceBreak ? "\n" : " ");
          map.push(t.start > 0 ? t.start - 1 : 0);
        }
        parts.push(word);
        for (let m = k; m <= end; m++) map.push((tokens[m] as Token).start);
        k = end + 1;
        continue;
      }
    }
    const text = foldLeet(t.text.toLowerCase());
    if (text.length === t.text.length) emit(text, t.start, t.sentenceBreak ? "\n" : " ");
    else emit(t.text.toLowerCase(), t.start, t.sentenceBreak ? "\n" : " ");
    k++;
  }
  return { folded: parts.join(""), foldedMap: Uint32Array.from(map) };
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
