/**
 * Word shapes: a word's first two characters, its last one (five low bits each, so case and a few symbols alias)
 * and its length. The folding pass (normalize.ts) reads a word's shape once and, unless it is marked here, skips
 * the per-word checks that can only act on a marked one: a cipher hint word, a typo and a misspelling of a trigger
 * word. Each of those modules marks the shapes of every word it acts on as it builds its tables, so most words of
 * prose cost one lookup instead of three checks.
 */

/** Words longer than this are not looked up: the caller runs its checks on them. */
export const SHAPE_MAX_LENGTH = 31;

/** Per first two and last characters, a bit per length. */
const SHAPES = new Uint32Array(1 << 15);

const index = (c0: number, c1: number, last: number): number => ((c0 & 31) << 10) | ((c1 & 31) << 5) | (last & 31);

/** Marks `word`'s shape; `anySecond`: and every shape that differs from it in the second character. */
export function markShape(word: string, anySecond = false): void {
  const length = word.length;
  if (length < 2 || length > SHAPE_MAX_LENGTH) return;
  const c0 = word.charCodeAt(0);
  const last = word.charCodeAt(length - 1);
  for (let c1 = anySecond ? 0 : word.charCodeAt(1), end = anySecond ? 31 : c1; c1 <= end; c1++) {
    const at = index(c0, c1, last);
    SHAPES[at] = (SHAPES[at] as number) | (1 << length);
  }
}

/** Whether a word of `length` (2 to SHAPE_MAX_LENGTH) with these first two and last characters has a marked shape. */
export function hasShape(c0: number, c1: number, last: number, length: number): boolean {
  return (((SHAPES[index(c0, c1, last)] as number) >>> length) & 1) !== 0;
}
