/**
 * Typo folding: a word one adjacent transposition away from a trigger word the rules are written with
 * ("ignroe", "previuos", "instrucitons", "sytsem") is read as that word, as the model it is aimed at reads it.
 * Only transpositions (same letters and length, so the folded view's map back to the original text is unchanged),
 * only lower-case ASCII words, only of trigger words of five letters or more, and never a variant that is itself a
 * word of some rule (the Spanish "revela" is not a typo of "reveal").
 */
import { RULES } from "./rules.js";
import { TRIGGERS } from "./trigger-words.js";

/** The longest trigger word. */
const TYPO_MAX_LENGTH = 12;

/**
 * For each length and first letter, a bit per second letter (a–z) that some variant of that length begins with:
 * a 7.5 KB table that stays in the CPU cache, so the caller's check before foldTransposition (mayBeTypo) costs
 * one lookup per word and rejects nearly every word.
 */
const SECOND_LETTERS = new Uint32Array((TYPO_MAX_LENGTH + 1) * 128);

export function mayBeTypo(length: number, first: number, second: number): boolean {
  if (length > TYPO_MAX_LENGTH || second < 97 || second > 122) return false;
  return ((SECOND_LETTERS[length * 128 + (first & 127)] as number) & (1 << (second - 97))) !== 0;
}

/** Each variant → the trigger word it folds to; fills SECOND_LETTERS. */
function buildVariants(): Map<string, string> {
  const ruleWords = new Set(RULES.flatMap((r) => r.pattern.source.match(/[a-z]+/g) ?? []));
  const variants = new Map<string, string>();
  for (const word of TRIGGERS) {
    if (word.length > TYPO_MAX_LENGTH) throw new Error(`typo trigger longer than TYPO_MAX_LENGTH: ${word}`);
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const variant = word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
      if (ruleWords.has(variant) || TRIGGERS.includes(variant)) continue;
      const at = variant.length * 128 + variant.charCodeAt(0);
      SECOND_LETTERS[at] = (SECOND_LETTERS[at] as number) | (1 << (variant.charCodeAt(1) - 97));
      variants.set(variant, word);
    }
  }
  return variants;
}

const VARIANTS = buildVariants();

/** Rewrites out[from, to) in place when it is a transposed trigger word (the caller has checked mayBeTypo). */
export function foldTransposition(out: Uint16Array, from: number, to: number): void {
  let token = "";
  for (let i = from; i < to; i++) {
    const c = out[i] as number;
    if (c < 97 || c > 122) return;
    token += String.fromCharCode(c);
  }
  const word = VARIANTS.get(token);
  if (word === undefined) return;
  for (let k = 0; k < word.length; k++) out[from + k] = word.charCodeAt(k);
}
