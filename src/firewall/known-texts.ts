/**
 * Standard licence texts, recognised word for word so the statistical models do not read them. A licence speaks
 * to its reader in the imperative ("you must give any other recipients a copy", "you must not do anything with
 * this software that triggers a rule that you cannot or will not follow"), and the prompt classifier, which
 * learnt that voice from jailbreaks, scored the Apache, ISC and Blue Oak texts 0.98–0.99: a LICENSE file an agent
 * reads, or a user pastes to ask what it allows, was blocked.
 *
 * Only runs of SHINGLE words found verbatim in a licence (model/known-texts/, see its README) are taken out of
 * what the models read; every other word stays, in order, and the rules still read the whole text. An attack
 * cannot hide in the masked words, since they are the licence's own; it can only sit between them, where it is
 * read as before.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { modelCandidates } from "./classifier.js";
import { buildViews } from "./normalize.js";

/** Words per matched run: long enough that ordinary prose never repeats a licence's run by chance. */
const SHINGLE = 8;
/** Texts longer than this are read unmasked, so the mask's cost stays bounded (the longest licence is about 35 KB). */
const KNOWN_TEXT_MAX = 128 * 1024;
/** A folded view with none of these words holds no licence, and is returned as it is without hashing. */
const LICENCE_WORDS = /licen[cs]|warrant|copyright|permission|liabil|redistribut/;

/** 32-bit FNV-1a of folded[from, to). */
function wordHash(folded: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ folded.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** The start and end of every word of a folded view (words are separated by spaces and newlines). */
function words(folded: string): { starts: number[]; ends: number[]; hashes: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  let k = 0;
  const n = folded.length;
  while (k < n) {
    while (k < n && isSeparator(folded.charCodeAt(k))) k++;
    if (k >= n) break;
    const s = k;
    while (k < n && !isSeparator(folded.charCodeAt(k))) k++;
    starts.push(s);
    ends.push(k);
    hashes.push(wordHash(folded, s, k));
  }
  return { starts, ends, hashes };
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** The hash of the SHINGLE words starting at word i. */
function shingleHash(hashes: readonly number[], i: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ (hashes[k] as number), 0x01000193);
  return h >>> 0;
}

export type KnownTextMask = (folded: string) => string;

/** A mask that removes from a folded view every run of SHINGLE or more words found in one of `knownFolded`. */
export function createKnownTextMask(knownFolded: readonly string[]): KnownTextMask {
  const known = new Set<number>();
  for (const text of knownFolded) {
    const { hashes } = words(text);
    for (let i = 0; i + SHINGLE <= hashes.length; i++) known.add(shingleHash(hashes, i));
  }
  return (folded) => {
    if (folded.length > KNOWN_TEXT_MAX || !LICENCE_WORDS.test(folded)) return folded;
    const { starts, ends, hashes } = words(folded);
    const covered = new Uint8Array(hashes.length);
    let any = false;
    for (let i = 0; i + SHINGLE <= hashes.length; i++) {
      if (!known.has(shingleHash(hashes, i))) continue;
      covered.fill(1, i, i + SHINGLE);
      any = true;
    }
    if (!any) return folded;
    let out = "";
    for (let w = 0; w < hashes.length; w++) {
      if (covered[w] === 1) continue;
      // The word and the separator after it, so the kept words keep their sentence breaks.
      out += folded.slice(starts[w] as number, w + 1 < hashes.length ? (starts[w + 1] as number) : (ends[w] as number));
    }
    return out;
  };
}

export const KNOWN_TEXT_CANDIDATES = modelCandidates("known-texts");

let loaded: KnownTextMask | undefined;

/** The mask of the texts in model/known-texts/ (read once per process: they ship with the package and never change). */
export function loadKnownTextMask(): KnownTextMask {
  if (loaded !== undefined) return loaded;
  const dir = KNOWN_TEXT_CANDIDATES.find((p) => existsSync(p));
  if (dir === undefined) throw new Error(`firewall known texts not found (looked in ${KNOWN_TEXT_CANDIDATES.join(", ")})`);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => buildViews(readFileSync(join(dir, f), "utf8")).folded);
  loaded = createKnownTextMask(texts);
  return loaded;
}
