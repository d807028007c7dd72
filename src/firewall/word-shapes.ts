/**
 * Word shapes: a word's first two characters, its last one (five low bits each, so case and a few symbols alias)
 * and its length. The folding pass (normalize.ts) reads a word's shape once and, unless it is marked here, skips
 * the per-word checks that can only act on a marked one: a cipher hint word, a typo and a misspelling of a trigger
 * word. Each of those modules marks the shapes of every word it acts on as it builds its tables, so most words of
 * prose cost one lookup instead of three checks.
 */

/** Words longer than this have no entry: every check runs on them. */
const SHAPE_MAX_LENGTH = 31;

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

/**
 * Whether the word out[from, to) may be one the checks act on: its shape is marked, or it is shorter than two or
 * longer than SHAPE_MAX_LENGTH characters, which have no entry.
 */
export function mayBeMarked(out: Uint16Array, from: number, to: number): boolean {
  const length = to - from;
  return length < 2 || length > SHAPE_MAX_LENGTH || (((SHAPES[index(out[from] as number, out[from + 1] as number, out[to - 1] as number)] as number) >>> length) & 1) !== 0;
}
