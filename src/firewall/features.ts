/**
 * Hashed bag of features over the folded text view: word unigrams, word bigrams and character 4-grams
 * (the latter carry CJK text and morphology). Shared by training and inference so both see the same vectors.
 * Each feature is a 32-bit FNV-1a hash reduced to `dims` buckets; values are 1/sqrt(n) so long and short
 * texts are on one scale.
 */
export interface SparseVector {
  index: Uint32Array;
  value: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

const WORD_SEED = mix(FNV_OFFSET, 0x77);
const BIGRAM_SEED = mix(FNV_OFFSET, 0x62);
const CHAR_SEED = mix(FNV_OFFSET, 0x63);

/** Calls `emit` with the bucket of every feature of `text` (a folded view or a chunk of one), duplicates kept. */
export function forEachFeature(text: string, dims: number, emit: (bucket: number) => void): void {
  const mask = dims - 1;
  let wordHash = WORD_SEED;
  let wordLen = 0;
  let prevWord = -1;
  // The three previous character codes, for the character 4-gram ending at i.
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      if (wordLen !== 0) {
        emit(wordHash & mask);
        if (prevWord !== -1) emit(mix(mix(BIGRAM_SEED, prevWord), wordHash) & mask);
        prevWord = wordHash;
        wordHash = WORD_SEED;
        wordLen = 0;
      }
      if (c === 10) prevWord = -1;
    } else {
      wordHash = mix(wordHash, c);
      wordLen++;
    }
    if (i >= 3) emit(mix(mix(mix(mix(CHAR_SEED, c3), c2), c1), c) & mask);
    c3 = c2;
    c2 = c1;
    c1 = c;
  }
  if (wordLen !== 0) {
    emit(wordHash & mask);
    if (prevWord !== -1) emit(mix(mix(BIGRAM_SEED, prevWord), wordHash) & mask);
  }
}

export function featureIndices(text: string, dims: number): Uint32Array {
  const out: number[] = [];
  forEachFeature(text, dims, (b) => out.push(b));
  return Uint32Array.from(out);
}

/**
 * Texts with fewer features than this are scaled as if they had this many, so a one-line prompt cannot
 * reach an extreme score from a handful of n-grams.
 */
export const MIN_NORM_FEATURES = 96;

export function featureScale(count: number): number {
  return 1 / Math.sqrt(Math.max(MIN_NORM_FEATURES, count));
}

export function vectorize(text: string, dims: number): SparseVector {
  const index = featureIndices(text, dims);
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
