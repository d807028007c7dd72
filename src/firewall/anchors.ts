/**
 * Prefilter for the folded-view rules. Most rules begin with a list of literal words; instead of scanning the
 * whole text once per rule, normalisation reports every token start whose first characters may begin such a
 * leading word (`filter`), and only the rules owning a word found there are tried, sticky, at that position
 * (so each attempt is bounded by the rule's own bounded gaps). Han and kana leads are not token starts
 * (those scripts are written without spaces): in text that contains those scripts, rules with such leads are also
 * tried wherever one of those words stands. Rules without a literal lead keep their own full scan.
 */
import { CLASS, C_CJK } from "./charclass.js";
import { LEAD_FILTER_SIZE, LEAD_PAIR, LEAD_QUAD, LEAD_TRIPLE, leadHash, leadIndex, type LeadFilter } from "./normalize.js";
import { followOf, type Follow } from "./lead-follow.js";
import type { Rule } from "./rules.js";

export interface AnchoredRule {
  rule: Rule;
  /** The rule's pattern without its leading `\b`, sticky: tried at one token start. */
  sticky: RegExp;
  /**
   * The leading words that start with Han or kana, as a global pattern (undefined when none): in text of those
   * scripts the rule is also tried wherever one of them stands (near-matches.ts), since they start no token.
   */
  cjkLead: RegExp | undefined;
  /** Longest text an attempt of the sticky pattern reads (UTF-16 units): its outcome depends on this much text only. */
  maxLength: number;
}

export interface LeadEntry {
  word: string;
  /** Index in AnchoredRules.rules. */
  rule: number;
  /** What a match may have after the word (lead-follow.ts). */
  follow: Follow | undefined;
}

/**
 * A bucket's words as a trie, so that one walk along the text finds the words standing at a start instead of a
 * comparison per word (the largest buckets hold over a hundred). Node n's children are childChar/childNode
 * [childStart[n], childStart[n + 1]); the entries whose word ends at n are termEntry[termStart[n], termStart[n + 1]),
 * as indexes in `entries`, ascending.
 */
interface WordTrie {
  childStart: Int32Array;
  childChar: Uint16Array;
  childNode: Int32Array;
  termStart: Int32Array;
  termEntry: Int32Array;
}

export interface Bucket {
  entries: LeadEntry[];
  /** Longest text any of the bucket's rules can match from the start. */
  maxLength: number;
  trie: WordTrie;
}

export interface AnchoredRules {
  /** The first characters of every leading word that starts a token (`untrusted`), or of rules that are not tool-only (`trusted`). */
  filters: { trusted: LeadFilter; untrusted: LeadFilter };
  /**
   * Leading words by the leadHash of the characters the filter looks at (two, three or four: see
   * LeadFilter), with the index of their rule in `rules` and what its match may have after the word (lead-follow.ts),
   * and the longest text any of those rules can match from there.
   */
  buckets: Map<number, Bucket>;
  rules: AnchoredRule[];
  /** Folded rules that have no literal lead. */
  unanchored: Rule[];
}

const META = new Set(["\\", "?", "(", ")", "[", "]", "{", "}", "*", "+", ".", "|", "^", "$"]);

function literalPrefix(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (META.has(c)) {
      // A quantifier makes the character before it optional or repeated ("x ?", "users?"): the prefix ends before it.
      return c === "?" || c === "*" || c === "+" || c === "{" ? out.slice(0, -1) : out;
    }
    out += c;
  }
  return out;
}

/** Index of the "]" closing the character class that opens at `i`: parentheses and bars inside it are literal. */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === "\\") j++;
    else if (source[j] === "]") return j;
  }
  return source.length;
}

/** Index of the parenthesis closing the group that opens `source` at 0, or -1. */
function groupEnd(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The alternatives of a group's body (or of a whole pattern), split at its top-level bars. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(body, i);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/**
 * The words one of which every match starts with: a literal prefix, or for a leading (?:…) group that is not
 * optional, the leading words of each of its alternatives (nested groups included), and for a pattern that is
 * itself an alternation, the leading words of each branch. Undefined when some alternative has no literal lead of
 * two or more characters.
 */
function leads(source: string): string[] | undefined {
  const top = alternatives(source);
  if (top.length > 1) {
    const words: string[] = [];
    for (const alternative of top) {
      const found = leads(alternative.startsWith("\\b") ? alternative.slice(2) : alternative);
      if (found === undefined) return undefined;
      words.push(...found);
    }
    return words;
  }
  if (!source.startsWith("(?:")) {
    const word = literalPrefix(source);
    return word.length >= 2 && word[0] !== " " && word[1] !== " " ? [word] : undefined;
  }
  const end = groupEnd(source);
  if (end === -1 || ["?", "*", "{"].includes(source[end + 1] ?? "")) return undefined;
  const words: string[] = [];
  for (const alternative of alternatives(source.slice(3, end))) {
    const found = leads(alternative);
    if (found === undefined) return undefined;
    words.push(...found);
  }
  return words;
}

/** The leading literal words of a pattern source (optionally after `\b`), or undefined. */
export function leadingWords(source: string): string[] | undefined {
  const words = leads(source.startsWith("\\b") ? source.slice(2) : source);
  return words === undefined ? undefined : [...new Set(words)];
}

/**
 * Upper bound of the text an attempt of a pattern source reads from its start, in UTF-16 units (its longest
 * match, plus what a lookahead at its end inspects), or Infinity when a quantifier is unbounded. Handles the
 * syntax the rules use: literals, escapes, classes, (?:…|…), (?!…), ?, {m,n}, \b, ^, $.
 */
export function maxMatchLength(source: string): number {
  let i = 0;
  const alternation = (): number => {
    let best = 0;
    let current = 0;
    while (i < source.length) {
      const c = source[i] as string;
      if (c === ")") break;
      if (c === "|") {
        best = Math.max(best, current);
        current = 0;
        i++;
        continue;
      }
      let atom: number;
      if (c === "\\") {
        const e = source[i + 1] as string;
        atom = e === "b" || e === "B" ? 0 : 2;
        i += 2;
      } else if (c === "[") {
        i++;
        while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
        i++;
        atom = 2;
      } else if (c === "(") {
        i += source.startsWith("(?", i) ? 3 : 1;
        // A lookahead consumes nothing but reads its text, which is what the bound is for (see maxLength).
        atom = alternation();
        i++;
      } else if (c === "^" || c === "$") {
        atom = 0;
        i++;
      } else {
        atom = c === "." ? 2 : 1;
        i++;
      }
      const q = source[i];
      if (q === "?") {
        i++;
      } else if (q === "*" || q === "+") {
        return Infinity;
      } else if (q === "{") {
        const close = source.indexOf("}", i);
        const [, upper] = source.slice(i + 1, close).split(",");
        const times = upper === undefined ? Number(source.slice(i + 1, close)) : upper === "" ? Infinity : Number(upper);
        atom *= times;
        i = close + 1;
      }
      if (source[i] === "?") i++;
      current += atom;
    }
    return Math.max(best, current);
  };
  return alternation();
}

export function anchorRules(folded: readonly Rule[]): AnchoredRules {
  const rules: AnchoredRules["rules"] = [];
  const unanchored: Rule[] = [];
  const buckets: AnchoredRules["buckets"] = new Map();
  const filters = { trusted: new Uint8Array(LEAD_FILTER_SIZE), untrusted: new Uint8Array(LEAD_FILTER_SIZE) };
  for (const rule of folded) {
    const words = leadingWords(rule.pattern.source);
    if (words === undefined) {
      unanchored.push(rule);
      continue;
    }
    const index = rules.length;
    const source = rule.pattern.source.startsWith("\\b") ? rule.pattern.source.slice(2) : rule.pattern.source;
    const cjkWords = words.filter((w) => ((CLASS[w.charCodeAt(0)] as number) & C_CJK) !== 0);
    const cjkLead = cjkWords.length === 0 ? undefined : new RegExp(cjkWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
    const maxLength = maxMatchLength(source);
    if (!Number.isFinite(maxLength)) {
      unanchored.push(rule);
      continue;
    }
    rules.push({ rule, sticky: new RegExp(source, rule.pattern.flags.replace("g", "") + "y"), cjkLead, maxLength });
    const follow = followOf(source);
    for (const word of new Set(words)) {
      if (((CLASS[word.charCodeAt(0)] as number) & C_CJK) !== 0) continue;
      const c = (k: number): number => word.charCodeAt(k);
      const first = word.indexOf(" ") === -1 ? word.length : word.indexOf(" ");
      const kind = word.length === 2 ? LEAD_PAIR : first <= 3 ? LEAD_TRIPLE : LEAD_QUAD;
      const chars = kind === LEAD_PAIR ? [c(0), c(1), 0, 0] : kind === LEAD_TRIPLE ? [c(0), c(1), c(2), 0] : [c(0), c(1), c(2), c(3)];
      const [c0 = 0, c1 = 0, c2 = 0, c3 = 0] = chars;
      const at = leadIndex(c0, c1, c2, c3);
      for (const filter of rule.toolOnly === true ? [filters.untrusted] : rule.notTool === true ? [filters.trusted] : [filters.untrusted, filters.trusted]) filter[at] = (filter[at] as number) | kind;
      const key = leadHash(c0, c1, c2, c3);
      const bucket = buckets.get(key) ?? { entries: [], maxLength: 0, trie: EMPTY_TRIE };
      bucket.entries.push({ word, rule: index, follow: follow?.(word) });
      bucket.maxLength = Math.max(bucket.maxLength, maxLength);
      buckets.set(key, bucket);
    }
  }
  for (const bucket of buckets.values()) bucket.trie = wordTrie(bucket.entries.map((e) => e.word));
  return { filters, buckets, rules, unanchored };
}

const EMPTY_TRIE: WordTrie = { childStart: new Int32Array(2), childChar: new Uint16Array(0), childNode: new Int32Array(0), termStart: new Int32Array(2), termEntry: new Int32Array(0) };

function wordTrie(words: readonly string[]): WordTrie {
  const children: Array<Map<number, number>> = [new Map()];
  const terms: number[][] = [[]];
  words.forEach((word, index) => {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      let child = (children[node] as Map<number, number>).get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        terms.push([]);
        (children[node] as Map<number, number>).set(c, child);
      }
      node = child;
    }
    (terms[node] as number[]).push(index);
  });
  const childStart = new Int32Array(children.length + 1);
  const termStart = new Int32Array(children.length + 1);
  const childChar: number[] = [];
  const childNode: number[] = [];
  const termEntry: number[] = [];
  children.forEach((map, node) => {
    childStart[node] = childChar.length;
    termStart[node] = termEntry.length;
    for (const [c, child] of map) {
      childChar.push(c);
      childNode.push(child);
    }
    termEntry.push(...(terms[node] as number[]));
  });
  childStart[children.length] = childChar.length;
  termStart[children.length] = termEntry.length;
  return { childStart, childChar: Uint16Array.from(childChar), childNode: Int32Array.from(childNode), termStart, termEntry: Int32Array.from(termEntry) };
}

/**
 * Writes into `out` the indexes (in bucket.entries, ascending) of the entries whose word stands in `text` at `p`;
 * returns how many. `out` holds at least bucket.entries.length.
 */
export function wordsAt(bucket: Bucket, text: string, p: number, out: Int32Array): number {
  const { childStart, childChar, childNode, termStart, termEntry } = bucket.trie;
  let count = 0;
  let node = 0;
  for (let k = p; ; k++) {
    for (let t = termStart[node] as number; t < (termStart[node + 1] as number); t++) out[count++] = termEntry[t] as number;
    // NaN past the text's end matches no child.
    const c = text.charCodeAt(k);
    const end = childStart[node + 1] as number;
    let j = childStart[node] as number;
    while (j < end && childChar[j] !== c) j++;
    if (j === end) break;
    node = childNode[j] as number;
  }
  // The walk meets shorter words first; sorted back into the bucket's order, the rules are tried as they are listed.
  for (let i = 1; i < count; i++) {
    const v = out[i] as number;
    let j = i - 1;
    while (j >= 0 && (out[j] as number) > v) {
      out[j + 1] = out[j] as number;
      j--;
    }
    out[j + 1] = v;
  }
  return count;
}
