/**
 * Text read again with some spans rewritten (the re-readings of decode.ts: words split by symbols joined, string
 * literals concatenated, marks and accents taken off, a column read across), cut to the regions around them: from
 * the sentence's start before a group of rewrites to its line's end after, at most CONTEXT characters either side,
 * so the rules read each rewrite in the context the text gives it.
 */

/** A span of the text, [start, end), and what it reads as. */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

/** How far a region reaches before its first rewrite (to its sentence's start) and after its last (to its line's end). */
const CONTEXT = 400;

/** How many other words may stand between two rewritten words of one cluster. */
const MAX_GAP = 3;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x3000;
}

/** Index of the first whitespace at or after `i` (text.length if none). */
function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** How many words [from, to) holds, counted up to `limit + 1`. */
function wordsBetween(text: string, from: number, to: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words <= limit; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Words rewritten where a disguise stands (a symbol inside a word, accents on every letter), in clusters: each
 * match of `marker` (a global pattern) that `counts` names a word (the whitespace-delimited token holding it),
 * `rewrite` says what that word reads as (undefined: it is no disguised word), and words at most MAX_GAP words
 * apart make one cluster, kept when it holds `minCluster` words. Stops once the clusters span `limit`
 * characters. The rest of a word is skipped once read, so each character is scanned a bounded number of times.
 */
export function clusterWords(
  text: string,
  marker: RegExp,
  counts: (text: string, at: number) => boolean,
  rewrite: (text: string, start: number, end: number) => string | undefined,
  minCluster: number,
  limit: number,
): Rewrite[][] {
  const out: Rewrite[][] = [];
  let current: Rewrite[] = [];
  let covered = 0;
  let lastEnd = 0;
  marker.lastIndex = 0;
  for (let m = marker.exec(text); m !== null && covered < limit; m = marker.exec(text)) {
    if (!counts(text, m.index)) continue;
    let start = m.index;
    while (start > lastEnd && !isSpace(text.charCodeAt(start - 1))) start--;
    const end = wordEnd(text, m.index);
    marker.lastIndex = end;
    lastEnd = end;
    const word = rewrite(text, start, end);
    if (word === undefined) continue;
    const first = current[0];
    const previous = current[current.length - 1];
    if (first !== undefined && previous !== undefined && (wordsBetween(text, previous.end, start, MAX_GAP) > MAX_GAP || end - first.start >= limit)) {
      covered += keepCluster(out, current, minCluster);
      current = [];
    }
    current.push({ start, end, text: word });
  }
  keepCluster(out, current, minCluster);
  return out;
}

/** Keeps a cluster long enough to count; returns how many characters it spans (0 when dropped). */
function keepCluster(out: Rewrite[][], cluster: Rewrite[], minCluster: number): number {
  const first = cluster[0];
  const last = cluster[cluster.length - 1];
  if (cluster.length < minCluster || first === undefined || last === undefined) return 0;
  out.push(cluster);
  return last.end - first.start;
}

/**
 * Where the sentence holding `i` starts (after ". ", "! ", "? " or a blank line), so rules that read what comes
 * before a word ("… used only to\n generate …") see it as the text has it; at most `reach` back, then at a word.
 */
function regionStart(text: string, at: number, reach: number): number {
  const stop = Math.max(0, at - reach);
  let i = at;
  for (; i > stop; i--) {
    const c = text.charCodeAt(i - 1);
    if (!isSpace(c)) continue;
    const before = text.charCodeAt(i - 2);
    if (i - 1 === 0 || before === 46 || before === 33 || before === 63 || (c === 10 && before === 10)) return i;
  }
  if (i === 0) return 0;
  // Forward to a word's start, if one comes before `at`; in a run without spaces the region starts mid-run, at `stop`.
  let word = i;
  while (word < at && !isSpace(text.charCodeAt(word - 1))) word++;
  return word < at ? word : i;
}

/** Where the line holding `i` ends, or `i + reach` if that is sooner. */
function regionEnd(text: string, i: number, reach: number): number {
  const stop = Math.min(text.length, i + reach);
  while (i < stop && text.charCodeAt(i) !== 10) i++;
  return i;
}

interface Region {
  from: number;
  to: number;
  rewrites: Rewrite[];
}

/**
 * The regions around the groups of rewrites (each in order, the groups in order), rewritten, a line break between
 * regions, at most `limit` characters; undefined when there is no group.
 */
export function rewriteRegions(text: string, groups: readonly Rewrite[][], limit: number): string | undefined {
  const regions: Region[] = [];
  for (const cluster of groups) {
    const first = cluster[0] as Rewrite;
    const last = cluster[cluster.length - 1] as Rewrite;
    const previous = regions[regions.length - 1];
    // A group inside the last region joins it without a scan back: dense rewrites stay linear.
    if (previous !== undefined && first.start <= previous.to) {
      previous.rewrites.push(...cluster);
      if (last.end > previous.to) previous.to = regionEnd(text, last.end, CONTEXT);
      continue;
    }
    const from = regionStart(text, first.start, CONTEXT);
    const to = regionEnd(text, last.end, CONTEXT);
    if (previous !== undefined && from <= previous.to) {
      previous.to = Math.max(previous.to, to);
      previous.rewrites.push(...cluster);
    } else regions.push({ from, to, rewrites: [...cluster] });
  }
  if (regions.length === 0) return undefined;
  let out = "";
  for (const region of regions) {
    if (out.length > 0) out += "\n";
    let from = region.from;
    for (const rewrite of region.rewrites) {
      out += text.slice(from, rewrite.start) + rewrite.text;
      from = rewrite.end;
    }
    out += text.slice(from, region.to);
    if (out.length >= limit) return out.slice(0, limit);
  }
  return out;
}
