/**
 * The sentences of a text that hold rule hits of given categories, for a second reading by the prompt classifier
 * (index.ts): in fetched data an override or a jailbreak that sanitises alone blocks when the classifier, reading
 * its sentence rather than the page around it, reads it as a prompt too.
 */
import { SENTENCE_END, startAfter, stopAt, type Hit } from "./analyze.js";

/** How far a sentence is read either side of a hit, and how many sentences a text gives at most. */
const SENTENCE_REACH = 300;
const MAX_SENTENCES = 4;

/** Where the sentence around [start, end) of `text` begins and ends, its mark included (at most SENTENCE_REACH either side). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  return [startAfter(text, start, SENTENCE_REACH, SENTENCE_END), Math.min(text.length, stopAt(text, end, SENTENCE_REACH, SENTENCE_END) + 1)];
}

/** The distinct sentences of `text` (the hits' base view) around hits of `categories`, in text order. */
export function hitSentences(hits: readonly Hit[], text: string, categories: ReadonlySet<string>): string[] {
  const ranges: Array<[number, number]> = [];
  for (const hit of hits) {
    if (!categories.has(hit.category)) continue;
    for (const [start, end] of hit.spans) ranges.push(sentenceAround(text, start, end));
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let last = -1;
  for (const [from, to] of ranges) {
    if (from < last) continue;
    out.push(text.slice(from, to));
    last = to;
    if (out.length === MAX_SENTENCES) break;
  }
  return out;
}
