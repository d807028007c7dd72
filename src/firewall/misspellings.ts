/**
 * Misspelt trigger words (trigger-words.ts) that change the word's length or a letter: one letter left out, added
 * or changed ("Ignre all prevous instrctions", "Ignoore", "previoud"), or the vowels left out ("gnr ll prvs
 * nstrctns", "ignr"). A model reads through them as a person does; the rules see other words. (A transposition or a
 * scrambled middle keeps the length and is folded in place, see typos.ts.)
 *
 * The folding pass (normalize.ts) reads MISSPELLING_TAILS and MISSPELLING_HEADS inline for each word, then asks
 * mayBeMisspelt (one set lookup more) of the few that pass and misspeltTrigger of fewer still; decode.ts reads the text again around what it
 * found with the words spelt right. An English word is never read as a misspelling ("forgot", "prepend", "precious"; see ENGLISH_LOOKALIKES), nor
 * a word of another language that the rules read as it is ("ignora", RULE_WORDS).
 */
import { ENGLISH_LOOKALIKES, TRIGGERS } from "./trigger-words.js";
import { RULE_WORDS, spells } from "./typos.js";
import { markShape } from "./word-shapes.js";

/** Shortest misspelling read with a letter left out, added or changed: four letters leave too little to go on. */
const EDIT_MIN_LENGTH = 5;
/** Shortest word without vowels read as one ("gnr", "abv"). */
const SKELETON_MIN_LENGTH = 3;
export const MISSPELLING_MAX_LENGTH = 14;
/** The trigger words' lengths tried against a word's: the same (a letter changed), one less (added), one more (left out). */
const LENGTH_OFFSETS = [0, -1, 1];

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** A trigger word without its vowels, and without them but a leading one ("gnr", "ignr"). */
function skeletons(word: string): string[] {
  const rest = [...word.slice(1)].filter((c) => !VOWELS.has(c)).join("");
  const first = word[0] as string;
  return VOWELS.has(first) ? [rest, first + rest] : [first + rest];
}

/** Every misspelling of `word` read as it: one letter left out, added or changed, and its skeletons. */
function misspellingsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.push(word.slice(0, i) + word.slice(i + 1));
    for (let c = 97; c <= 122; c++) {
      const letter = String.fromCharCode(c);
      out.push(word.slice(0, i) + letter + word.slice(i));
      if (i < word.length && letter !== word[i]) out.push(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  return out.filter((m) => m.length >= EDIT_MIN_LENGTH).concat(skeletons(word).filter((s) => s.length >= SKELETON_MIN_LENGTH));
}

/** The tables' index of a word's length (at most MISSPELLING_MAX_LENGTH) and two of its letters. */
export const pairIndex = (length: number, a: number, b: number): number => (((length << 5) | (a & 31)) << 5) | (b & 31);

/**
 * For each length and last two letters, a bit per letter before them that some misspelling of that length ends
 * with; for each length and first two letters, a bit per letter after them that one begins with: the folding loop's
 * first checks, read inline (each alone let a seventh to a quarter of the words of prose through, both about one in
 * fifty). Letters are indexed by their code's low five bits, 1–26; other characters alias to letters and are refused
 * later.
 */
export const MISSPELLING_TAILS = new Uint32Array((MISSPELLING_MAX_LENGTH + 1) << 10);
export const MISSPELLING_HEADS = new Uint32Array((MISSPELLING_MAX_LENGTH + 1) << 10);

/** A word's first three and last three letters, five bits each (they overlap in words under six letters). */
function endsKey(c0: number, c1: number, c2: number, z2: number, z1: number, z0: number): number {
  return ((((((((((c0 & 31) << 5) | (c1 & 31)) << 5) | (c2 & 31)) << 5) | (z2 & 31)) << 5) | (z1 & 31)) << 5) | (z0 & 31);
}

/**
 * The endsKey of every misspelling: the second check, which leaves only words that end and begin as some misspelling
 * does (with each half checked alone, a table a side, the common "report" and "project" got through).
 */
const MISSPELLING_ENDS = new Set<number>();

/** The trigger words by length, and their skeletons by length (each with its trigger word). */
const WORDS_BY_LENGTH: string[][] = Array.from({ length: MISSPELLING_MAX_LENGTH + 2 }, () => []);
const SKELETONS_BY_LENGTH: Array<Array<[string, string]>> = Array.from({ length: MISSPELLING_MAX_LENGTH + 1 }, () => []);

for (const word of TRIGGERS) {
  if (word.length + 1 > MISSPELLING_MAX_LENGTH) throw new Error(`trigger word longer than misspellings.ts reads: ${word}`);
  (WORDS_BY_LENGTH[word.length] as string[]).push(word);
  for (const skeleton of skeletons(word)) if (skeleton.length >= SKELETON_MIN_LENGTH) (SKELETONS_BY_LENGTH[skeleton.length] as Array<[string, string]>).push([skeleton, word]);
  for (const m of misspellingsOf(word)) {
    const n = m.length;
    const tail = pairIndex(n, m.charCodeAt(n - 1), m.charCodeAt(n - 2));
    MISSPELLING_TAILS[tail] = (MISSPELLING_TAILS[tail] as number) | (1 << (m.charCodeAt(n - 3) & 31));
    const head = pairIndex(n, m.charCodeAt(0), m.charCodeAt(1));
    MISSPELLING_HEADS[head] = (MISSPELLING_HEADS[head] as number) | (1 << (m.charCodeAt(2) & 31));
    markShape(m);
    MISSPELLING_ENDS.add(endsKey(m.charCodeAt(0), m.charCodeAt(1), m.charCodeAt(2), m.charCodeAt(n - 3), m.charCodeAt(n - 2), m.charCodeAt(n - 1)));
  }
}

/** Whether out[from, to) may be a misspelt trigger word, by its last and first three letters and then both together. */
export function mayBeMisspelt(out: Uint16Array, from: number, to: number): boolean {
  const length = to - from;
  return (
    length >= SKELETON_MIN_LENGTH &&
    length <= MISSPELLING_MAX_LENGTH &&
    (((MISSPELLING_TAILS[pairIndex(length, out[to - 1] as number, out[to - 2] as number)] as number) >>> ((out[to - 3] as number) & 31)) & 1) !== 0 &&
    (((MISSPELLING_HEADS[pairIndex(length, out[from] as number, out[from + 1] as number)] as number) >>> ((out[from + 2] as number) & 31)) & 1) !== 0 &&
    MISSPELLING_ENDS.has(endsKey(out[from] as number, out[from + 1] as number, out[from + 2] as number, out[to - 3] as number, out[to - 2] as number, out[to - 1] as number))
  );
}

/** Whether out[from, to) is `word` with exactly one letter left out, added or changed. */
function oneEditFrom(out: Uint16Array, from: number, to: number, word: string): boolean {
  const m = to - from;
  const n = word.length;
  let i = 0;
  while (i < m && i < n && out[from + i] === word.charCodeAt(i)) i++;
  if (m === n) {
    if (i === n) return false;
    for (let k = i + 1; k < n; k++) if (out[from + k] !== word.charCodeAt(k)) return false;
    return true;
  }
  // Past the first difference the rest matches with the extra letter skipped on the longer side.
  const skipOut = m > n ? 1 : 0;
  const skipWord = n > m ? 1 : 0;
  for (let k = i; k + skipOut < m && k + skipWord < n; k++) if (out[from + k + skipOut] !== word.charCodeAt(k + skipWord)) return false;
  return true;
}

function hasVowel(out: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = out[i];
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return true;
  }
  return false;
}

/**
 * The trigger word lower-case out[from, to) misspells (the caller has checked mayBeMisspelt), or undefined: it is
 * a trigger word itself, no misspelling of one, an English word, or a word the rules know (the Italian "ignora" is
 * not "ignore").
 */
export function misspeltTrigger(out: Uint16Array, from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    const c = out[i] as number;
    if (c < 97 || c > 122) return undefined;
  }
  // Trigger words themselves pass mayBeMisspelt too (the folding pass knows them from foldTypo and asks no more).
  for (const word of WORDS_BY_LENGTH[to - from] ?? []) if (spells(out, from, to, word)) return undefined;
  const found = editedTrigger(out, from, to) ?? skeletonTrigger(out, from, to);
  if (found === undefined) return undefined;
  const written = String.fromCharCode(...out.subarray(from, to));
  return ENGLISH_LOOKALIKES.has(written) || RULE_WORDS.has(written) ? undefined : found;
}

/** The trigger word out[from, to) is one letter off from: changed first, then added, then left out. */
function editedTrigger(out: Uint16Array, from: number, to: number): string | undefined {
  const m = to - from;
  if (m < EDIT_MIN_LENGTH) return undefined;
  for (const offset of LENGTH_OFFSETS) {
    for (const word of WORDS_BY_LENGTH[m + offset] ?? []) if (oneEditFrom(out, from, to, word)) return word;
  }
  return undefined;
}

/** The trigger word out[from, to) spells without its vowels (a leading one may stay: "ignr", "abv"). */
function skeletonTrigger(out: Uint16Array, from: number, to: number): string | undefined {
  if (hasVowel(out, from + 1, to)) return undefined;
  for (const [skeleton, word] of SKELETONS_BY_LENGTH[to - from] ?? []) if (spells(out, from, to, skeleton)) return word;
  return undefined;
}
