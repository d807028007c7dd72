/**
 * Split trigger words: "ig nore", "instruc*tions", "prev-ious", "ins truct ions" read as the trigger word
 * (trigger-words.ts) the pieces spell, as a model reading past the gaps does. A token that begins a trigger word
 * goes on into the next pieces (as many as six) when, with a single space, hyphen, asterisk or underscore before each
 * (or a doubled asterisk or underscore, markdown's bold), they spell exactly the rest of the word; so "pass word" or
 * "every thing" join too, meaning what they meant.
 */
import { CLASS, C_DIGIT, C_LETTER } from "./charclass.js";
import { TRIGGERS } from "./trigger-words.js";

/** The most pieces after the first ("ig*n*o*r*e" has four). */
const MAX_PIECES = 6;
const ASTERISK = 42;
const UNDERSCORE = 95;

/** 1 for a separator between pieces: space, hyphen, asterisk, underscore. */
export const SPLIT_SEPARATOR = new Uint8Array(128);
for (const s of " -*_") SPLIT_SEPARATOR[s.charCodeAt(0)] = 1;

/**
 * The caller's check, two table lookups (read inline in the folding loop, the hottest code there is) that reject
 * nearly every token: SPLIT_PREFIX_LENGTHS, for a token's first two letters (`first * 128 + second`), has a bit per
 * length (2–31) at which some trigger word with those letters is longer than the token, and SPLIT_LAST_LETTERS, for
 * its first letter and length (`first * 32 + length`), a bit per letter (a–z) that such a prefix ends with.
 * CANDIDATES holds the trigger words by their first two letters.
 */
export const SPLIT_PREFIX_LENGTHS = new Uint32Array(128 * 128);
export const SPLIT_LAST_LETTERS = new Uint32Array(128 * 32);
const CANDIDATES: string[][] = [];
for (const word of TRIGGERS) {
  const key = word.charCodeAt(0) * 128 + word.charCodeAt(1);
  for (let n = 2; n < word.length; n++) {
    SPLIT_PREFIX_LENGTHS[key] = (SPLIT_PREFIX_LENGTHS[key] as number) | (1 << n);
    const at = word.charCodeAt(0) * 32 + n;
    SPLIT_LAST_LETTERS[at] = (SPLIT_LAST_LETTERS[at] as number) | (1 << (word.charCodeAt(n - 1) - 97));
  }
  (CANDIDATES[key] ??= []).push(word);
}

/** Whether word[0, length) equals out[from, from + length). */
function startsWith(word: string, out: Uint16Array, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== out[from + k]) return false;
  return true;
}

/**
 * Where the word out[from, to) (lower-case ASCII letters) goes on in `source` after the separator at `at`: the
 * index of the next piece's first letter when the next pieces (at most MAX_PIECES) complete a trigger word the
 * token begins and the word ends there; otherwise -1. The caller has checked both tables.
 */
export function splitContinuation(out: Uint16Array, from: number, to: number, source: string, at: number): number {
  const length = to - from;
  const words = CANDIDATES[(out[from] as number) * 128 + (out[from + 1] as number)] as string[];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (word.length <= length || !startsWith(word, out, from, length)) continue;
    let j = length;
    let q = at;
    let next = -1;
    for (let piece = 0; piece < MAX_PIECES; piece++) {
      const sep = source.charCodeAt(q);
      if (sep > 127 || SPLIT_SEPARATOR[sep] !== 1) break;
      // Markdown's bold markers are doubled: "Ig**nore", "sys__tem" (two spaces stay a word break).
      if ((sep === ASTERISK || sep === UNDERSCORE) && source.charCodeAt(q + 1) === sep) q++;
      const start = ++q;
      if (piece === 0) next = start;
      while (j < word.length && source.charCodeAt(q) === word.charCodeAt(j)) {
        q++;
        j++;
      }
      if (q === start || ((CLASS[source.charCodeAt(q)] as number) & (C_LETTER | C_DIGIT)) !== 0) break;
      if (j === word.length) return next;
    }
  }
  return -1;
}
