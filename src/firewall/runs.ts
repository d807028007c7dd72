/**
 * ASCII character classes as lookup tables. Runs of them are found with one typed-array lookup per character
 * (structure.ts) instead of `[class]{n,}` regular expressions, which retry at every position inside a shorter
 * run and so cost O(length x run) on ordinary prose.
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
