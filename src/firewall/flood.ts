/**
 * Token flooding: long runs of symbol-only tokens (") ] } ) ] }") or one token repeated many times
 * ("ö ö ö ö ...") are padding used to push a model's own instructions out of its attention or context window.
 * One linear pass over whitespace-separated tokens.
 */
export const FLOOD_MIN_RUN = 24;

export const WORDISH = /[\p{L}\p{N}]/u;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Shortest period (<= 16) of a long token that is one short string repeated ("abcabcabc…"), or 0. */
function period(text: string, start: number, end: number): number {
  const probe = Math.min(end, start + 96);
  for (let p = 1; p <= 16; p++) {
    let i = start;
    while (i + p < probe && text.charCodeAt(i) === text.charCodeAt(i + p)) i++;
    if (i + p >= probe) return p;
  }
  return 0;
}

/** Length of the longest run of consecutive junk tokens (symbol-only, or identical to the previous token). */
export function longestFloodRun(text: string): number {
  let best = 0;
  let run = 0;
  let prev = "";
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j)) && j - i < 32) j++;
    if (j === i) break;
    // Tokens longer than 32 characters are words or data, never padding; skip the rest of them.
    let end = j;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end - i >= 96) {
      const p = period(text, i, end);
      if (p > 0) best = Math.max(best, Math.floor((end - i) / p));
    }
    let wordish = false;
    for (let k = i; k < j && !wordish; k++) {
      const c = text.charCodeAt(k);
      wordish = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORDISH.test(text[k] as string);
    }
    const token = j - i <= 8 ? text.slice(i, j) : "";
    const junk = end === j && ((token !== "" && token === prev) || !wordish);
    run = junk ? run + 1 : 0;
    if (run > best) best = run;
    prev = token;
    i = end;
  }
  return best;
}
