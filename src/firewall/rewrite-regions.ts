/**
 * Text read again with some spans rewritten (words split by symbols joined, string literals concatenated), cut to the
 * regions around them: from the sentence's start before a group of rewrites to its line's end after, at most
 * CONTEXT characters either side, so the rules read each rewrite in the context the text gives it.
 */

/** A span of the text, [start, end), and what it reads as. */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

/** How far a region reaches before its first rewrite (to its sentence's start) and after its last (to its line's end). */
const CONTEXT = 400;

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x3000;
}

/**
 * Where the sentence holding `i` starts (after ". ", "! ", "? " or a blank line), so rules that read what comes
 * before a word ("… used only to\n generate …") see it as the text has it; at most `reach` back, then at a word.
 */
function regionStart(text: string, i: number, reach: number): number {
  const stop = Math.max(0, i - reach);
  for (; i > stop; i--) {
    const c = text.charCodeAt(i - 1);
    if (!isSpace(c)) continue;
    const before = text.charCodeAt(i - 2);
    if (i - 1 === 0 || before === 46 || before === 33 || before === 63 || (c === 10 && before === 10)) return i;
  }
  if (i === 0) return 0;
  while (i < text.length && !isSpace(text.charCodeAt(i - 1))) i++;
  return i;
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
    const from = regionStart(text, (cluster[0] as Rewrite).start, CONTEXT);
    const to = regionEnd(text, (cluster[cluster.length - 1] as Rewrite).end, CONTEXT);
    const previous = regions[regions.length - 1];
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
