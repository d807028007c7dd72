/**
 * Finds maximal runs of characters from an ASCII class with one typed-array lookup per character. Used instead
 * of `[class]{n,}` regular expressions, which retry at every position inside a shorter run and so cost
 * O(length x run) on ordinary prose.
 */
export function asciiClass(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

const range = (from: string, to: string): string => {
  let s = "";
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) s += String.fromCharCode(c);
  return s;
};

export const ALNUM_CHARS = range("A", "Z") + range("a", "z") + range("0", "9");
export const HEX_CHARS = range("0", "9") + range("a", "f") + range("A", "F");

/** Half-open [start, end) runs of at least `min` characters of `table`. */
export function findRuns(text: string, table: Uint8Array, min: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const inside = c < 128 && table[c] === 1;
    if (inside) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      if (i - start >= min) runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}
