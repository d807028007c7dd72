/**
 * Where a sentence starts in text that may be hard-wrapped. Plain-text mail, READMEs and changelogs break their
 * lines at a fixed width, so a line break is not always a sentence's end: "… look at the cache to\n determine
 * the threshold" goes on. The folded view cannot tell (it keeps every line break), so rules that need a sentence's
 * start ask here, on the original text.
 */
const CASED_LETTER = /[\p{Ll}\p{Lu}]/u;
const LOWER = /\p{Ll}/u;
/** What ends a line inside a sentence: a letter, a digit or a comma. */
const INSIDE_SENTENCE = /[\p{L}\p{N},]/u;
/** How far from `start` the first letter may lie (a line break, indentation, a lead word's case is read after it). */
const FIRST_LETTER_REACH = 16;

/** A mark that joins the parts of a name: "sources.list", "login.defs", "apt-get", "etc/hosts". */
const NAME_JOINER = /[._/-]/;
const ALNUM = /[\p{L}\p{N}]/u;

export const SENTENCE_PATTERNS: readonly RegExp[] = [CASED_LETTER, LOWER, INSIDE_SENTENCE, NAME_JOINER, ALNUM];

/** Where the first letter at or after `start` lies, within FIRST_LETTER_REACH; -1 if none. */
function firstLetter(text: string, start: number): number {
  let i = start;
  while (i < text.length && !CASED_LETTER.test(text[i] as string)) if (++i - start > FIRST_LETTER_REACH) return -1;
  return i < text.length ? i : -1;
}

/**
 * Whether the words at `start` go on a name rather than start a sentence: their first letter follows a dot,
 * underscore, dash or slash glued to a letter or digit ("sources.list(5)", whose dot the folded view reads as a
 * sentence's end before "list").
 */
export function insideName(text: string, start: number): boolean {
  const i = firstLetter(text, start);
  return i >= 2 && NAME_JOINER.test(text[i - 1] as string) && ALNUM.test(text[i - 2] as string);
}

/**
 * Whether the words at `start` go on a sentence wrapped onto a new line: their first letter is lower case, only
 * spaces lie between it and the line break before it, and the line before ends inside a sentence (a letter, a
 * digit or a comma, no blank line between).
 */
export function wrappedContinuation(text: string, start: number): boolean {
  const i = firstLetter(text, start);
  if (i === -1 || !LOWER.test(text[i] as string)) return false;
  let j = i - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
  if (text[j] !== "\n") return false;
  j--;
  if (text[j] === "\r") j--;
  while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
  return j >= 0 && INSIDE_SENTENCE.test(text[j] as string);
}
