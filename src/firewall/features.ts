/**
 * Hashed bag of features over the folded text view: word unigrams, word bigrams and character 4-grams
 * (the latter carry CJK text and morphology). Shared by training and inference so both see the same vectors.
 * Each feature is a 32-bit FNV-1a hash reduced to `dims` buckets; a bucket counts at most MAX_BUCKET_REPEATS
 * times in a text (see RepeatLimiter), and values are 1/sqrt(n) for the n that count, so long and short texts are
 * on one scale.
 */
export interface SparseVector {
  index: Uint32Array;
  value: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * One FNV-1a step. Hashes stay signed 32-bit integers (V8's fast representation); only their bits matter, and
 * the bucket is their low bits.
 */
function step(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

const WORD_SEED = step(FNV_OFFSET, 0x77);
const BIGRAM_SEED = step(FNV_OFFSET, 0x62);
const CHAR_SEED = step(FNV_OFFSET, 0x63);

/**
 * Most features a text of `length` UTF-16 units can have: a character 4-gram per unit, and per word (at least
 * one character and a separator each) a unigram and a bigram.
 */
export function maxFeatures(length: number): number {
  return 2 * length + 2;
}

/**
 * Writes the bucket of every feature of `text` (a folded view or a chunk of one) into `out` from index 0,
 * duplicates kept, in a fixed order (training and inference sum them in that order); returns how many.
 * `out` holds at least maxFeatures(text.length). Writing into a caller's buffer rather than calling back per
 * feature keeps the accumulating loop free of closures, which cost more than the hashing itself.
 */
export function writeFeatures(text: string, dims: number, out: Uint32Array): number {
  const mask = dims - 1;
  let k = 0;
  let wordHash = WORD_SEED;
  let wordLen = 0;
  let prevWord = 0;
  let hasPrev = false;
  // The three previous character codes, for the character 4-gram ending at i.
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      if (wordLen !== 0) {
        out[k++] = wordHash & mask;
        if (hasPrev) out[k++] = step(step(BIGRAM_SEED, prevWord), wordHash) & mask;
        prevWord = wordHash;
        hasPrev = true;
        wordHash = WORD_SEED;
        wordLen = 0;
      }
      if (c === 10) hasPrev = false;
    } else {
      wordHash = step(wordHash, c);
      wordLen++;
    }
    if (i >= 3) out[k++] = step(step(step(step(CHAR_SEED, c3), c2), c1), c) & mask;
    c3 = c2;
    c2 = c1;
    c1 = c;
  }
  if (wordLen !== 0) {
    out[k++] = wordHash & mask;
    if (hasPrev) out[k++] = step(step(BIGRAM_SEED, prevWord), wordHash) & mask;
  }
  return k;
}

/** How many times one bucket counts in a text. */
export const MAX_BUCKET_REPEATS = 2;

/**
 * Counts each bucket at most MAX_BUCKET_REPEATS times. With every repeat counted, any token said often enough
 * decided the score (the sum grows with the square root of the repeats): a laugh, a row of one letter or "please"
 * thirty times scored as an injection whenever its weight was slightly positive. Flooding as an attack is the
 * flood rule's job. Two rather than one keeps a little of how much a text dwells on a word (cross-validated:
 * docs/firewall-runs.md, run 30).
 */
export class RepeatLimiter {
  /** How often each bucket has counted in the current text; all zero between texts. */
  private readonly counts: Uint8Array;

  constructor(dims: number) {
    this.counts = new Uint8Array(dims);
  }

  /**
   * Compacts out[0, count), one text's buckets, to the occurrences that count, in order; returns how many. The
   * kept buckets include every distinct one, so zeroing just those readies the counts for the next text (cheaper
   * than a stamp per bucket: 1.3 against 2.1 µs on a 1 KB text's 1,267 features).
   */
  limit(out: Uint32Array, count: number): number {
    const counts = this.counts;
    let k = 0;
    for (let i = 0; i < count; i++) {
      const b = out[i] as number;
      const c = counts[b] as number;
      if (c < MAX_BUCKET_REPEATS) {
        counts[b] = c + 1;
        out[k++] = b;
      }
    }
    for (let i = 0; i < k; i++) counts[out[i] as number] = 0;
    return k;
  }
}

/** Every bucket of `text`, duplicates kept, in writeFeatures' order. */
export function featureIndices(text: string, dims: number): Uint32Array {
  const out = new Uint32Array(maxFeatures(text.length));
  return out.slice(0, writeFeatures(text, dims, out));
}

/**
 * Texts with fewer features than this are scaled as if they had this many, so a one-line prompt cannot
 * reach an extreme score from a handful of n-grams.
 */
export const MIN_NORM_FEATURES = 96;

export function featureScale(count: number): number {
  return 1 / Math.sqrt(Math.max(MIN_NORM_FEATURES, count));
}

const limiters = new Map<number, RepeatLimiter>();

/** The vector a model scores: `text`'s buckets as RepeatLimiter keeps them, each valued featureScale(their number). */
export function vectorize(text: string, dims: number): SparseVector {
  const all = featureIndices(text, dims);
  let limiter = limiters.get(dims);
  if (limiter === undefined) limiters.set(dims, (limiter = new RepeatLimiter(dims)));
  const index = all.slice(0, limiter.limit(all, all.length));
  return { index, value: featureScale(index.length) };
}

/** Splits a folded view into chunks of about `size` characters at word boundaries. */
export function chunks(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // Look back at most half a chunk for a word boundary (an unbounded lastIndexOf is quadratic on space-free text).
      let k = end;
      while (k > start + size / 2 && text.charCodeAt(k) !== 32) k--;
      if (k > start + size / 2) end = k;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}
