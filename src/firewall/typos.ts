/**
 * Typo folding: a misspelt trigger word the rules are written with is read as that word, as the model it is aimed
 * at reads it. Two kinds, both keeping the word's letters and length (so the folded view's map back to the original
 * text is unchanged):
 * - one adjacent transposition ("ignroe", "previuos", "sytsem");
 * - typoglycemia: the first and last letter in place and the ones between shuffled ("inorge", "isnturctions",
 *   "pverious"), which readers and models read without effort.
 * Only lower-case ASCII words, only of trigger words of five letters or more, and never a variant that is itself a
 * word of some rule (the Spanish "revela" is not a typo of "reveal") or an English word ("conservation").
 */
import { RULES } from "./rules.js";
import { ENGLISH_LOOKALIKES, TRIGGERS } from "./trigger-words.js";
import { markShape } from "./word-shapes.js";

/** The longest trigger word. */
const TYPO_MAX_LENGTH = 13;
/** The shortest word read as scrambled: three letters or more between the first and the last. */
const SCRAMBLE_MIN_LENGTH = 5;

/**
 * For each length and first letter, a bit per second letter (a–z) that some transposed variant of that length
 * begins with, and a bit per last letter some trigger word of that length ends with: 15 KB of tables that stay in
 * the CPU cache, so the caller's check before foldTypo (mayBeTypo) costs two lookups per word and rejects nearly
 * every word.
 */
const SECOND_LETTERS = new Uint32Array((TYPO_MAX_LENGTH + 1) * 128);
const LAST_LETTERS = new Uint32Array((TYPO_MAX_LENGTH + 1) * 128);

const letterBit = (c: number): number => (c >= 97 && c <= 122 ? 1 << (c - 97) : 0);

export function mayBeTypo(length: number, first: number, second: number, last: number): boolean {
  if (length > TYPO_MAX_LENGTH) return false;
  const at = length * 128 + (first & 127);
  return ((SECOND_LETTERS[at] as number) & letterBit(second)) !== 0 || ((LAST_LETTERS[at] as number) & letterBit(last)) !== 0;
}

/**
 * A word of a rule's pattern: a whole alternative or a phrase's word between its syntax ("ignora" of "(?:ignora|…)",
 * "alle" of "alle vorherigen"), not a stem a group completes ("ignor" of "ignor(?:e|ing)").
 */
const RULE_WORD = /(?<=[|(:\s]|^)[a-zà-ÿа-яё]+(?=[|)\s]|\\b|$)/g;
/** The words the rules are written with: a misspelling that is one of them is that word ("revela", Spanish). */
export const RULE_WORDS: ReadonlySet<string> = new Set(RULES.flatMap((r) => r.pattern.source.match(RULE_WORD) ?? []));

/** Each transposed variant → the trigger word it folds to; fills SECOND_LETTERS. */
function buildTranspositions(): Map<string, string> {
  const variants = new Map<string, string>();
  for (const word of TRIGGERS) {
    if (word.length > TYPO_MAX_LENGTH) throw new Error(`typo trigger longer than TYPO_MAX_LENGTH: ${word}`);
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const variant = word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
      if (RULE_WORDS.has(variant) || TRIGGERS.includes(variant) || ENGLISH_LOOKALIKES.has(variant)) continue;
      const at = variant.length * 128 + variant.charCodeAt(0);
      SECOND_LETTERS[at] = (SECOND_LETTERS[at] as number) | letterBit(variant.charCodeAt(1));
      markShape(variant);
      variants.set(variant, word);
    }
  }
  return variants;
}

/** The trigger words of five letters or more by length, first and last letter (endsKey); fills LAST_LETTERS. */
function buildScrambles(): Map<number, string[]> {
  const byEnds = new Map<number, string[]>();
  for (const word of TRIGGERS) {
    if (word.length < SCRAMBLE_MIN_LENGTH) continue;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    const at = word.length * 128 + first;
    LAST_LETTERS[at] = (LAST_LETTERS[at] as number) | letterBit(last);
    // A scrambled middle may begin with any of its letters.
    markShape(word, true);
    const key = endsKey(word.length, first, last);
    byEnds.set(key, [...(byEnds.get(key) ?? []), word]);
  }
  return byEnds;
}

const endsKey = (length: number, first: number, last: number): number => (length << 16) | (first << 8) | last;

/** Which letters a word uses, a bit each: a transposition or a scrambling keeps them. */
function letterSet(word: string): number {
  let set = 0;
  for (let k = 0; k < word.length; k++) set |= letterBit(word.charCodeAt(k));
  return set;
}

const TRANSPOSITIONS = buildTranspositions();
const SCRAMBLES = buildScrambles();
/** The letter sets of the trigger words: a word with another set is neither kind of typo of one. */
const TRIGGER_LETTER_SETS = new Set(TRIGGERS.map(letterSet));
/** Letter counts while comparing a word's middle with a trigger word's (reused: folding is single-threaded). */
const COUNTS = new Int32Array(26);

/** Whether out[from, to) is `word`. */
export function spells(out: Uint16Array, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (out[from + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether out[from, to) holds `word`'s middle letters (its ends already match). */
function sameMiddleLetters(out: Uint16Array, from: number, to: number, word: string): boolean {
  for (let k = 1; k < word.length - 1; k++) {
    (COUNTS[(out[from + k] as number) - 97] as number)++;
    (COUNTS[word.charCodeAt(k) - 97] as number)--;
  }
  let balanced = true;
  for (let k = 1; k < to - from - 1; k++) {
    const i = (out[from + k] as number) - 97;
    if (COUNTS[i] !== 0) balanced = false;
    COUNTS[i] = 0;
  }
  for (let k = 1; k < word.length - 1; k++) COUNTS[word.charCodeAt(k) - 97] = 0;
  return balanced;
}

/**
 * Rewrites out[from, to) in place when it is a misspelt trigger word (the caller has checked mayBeTypo); returns
 * whether it spells a trigger word now, as written or folded.
 */
export function foldTypo(out: Uint16Array, from: number, to: number): boolean {
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = out[i] as number;
    if (c < 97 || c > 122) return false;
    letters |= letterBit(c);
  }
  // Most words that pass mayBeTypo use other letters than any trigger word, and leave here.
  if (!TRIGGER_LETTER_SETS.has(letters)) return false;
  const length = to - from;
  const first = out[from] as number;
  const scrambles = SCRAMBLES.get(endsKey(length, first, out[to - 1] as number)) ?? [];
  // The trigger word itself is left as it is without building a string.
  for (const word of scrambles) if (spells(out, from, to, word)) return true;
  if (((SECOND_LETTERS[length * 128 + first] as number) & letterBit(out[from + 1] as number)) !== 0) {
    const word = TRANSPOSITIONS.get(String.fromCharCode(...out.subarray(from, to)));
    if (word !== undefined) return write(out, from, word);
  }
  for (const word of scrambles) {
    if (!sameMiddleLetters(out, from, to, word)) continue;
    const written = String.fromCharCode(...out.subarray(from, to));
    if (!RULE_WORDS.has(written) && !ENGLISH_LOOKALIKES.has(written)) return write(out, from, word);
  }
  return false;
}

function write(out: Uint16Array, from: number, word: string): true {
  for (let k = 0; k < word.length; k++) out[from + k] = word.charCodeAt(k);
  return true;
}
