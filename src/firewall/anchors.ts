/**
 * Prefilter for the folded-view rules. Most rules begin with a word boundary and a list of literal words;
 * instead of scanning the whole text once per rule, one combined pass finds every position where any such
 * leading word occurs, and only the rules owning that word are tried there (sticky, so each attempt is
 * bounded by the rule's own bounded gaps). Rules without a literal lead keep their own full scan.
 */
import type { Rule } from "./rules.js";

export interface AnchoredRules {
  /** One alternation of every leading word, longest first. */
  anchor: RegExp;
  /** Leading words by their first two characters, with the index of their rule in `rules`. */
  buckets: Map<string, Array<{ word: string; rule: number }>>;
  rules: Array<{ rule: Rule; sticky: RegExp }>;
  /** Folded rules that have no literal lead. */
  unanchored: Rule[];
}

const META = new Set(["\\", "?", "(", ")", "[", "]", "{", "}", "*", "+", ".", "|", "^", "$"]);

function literalPrefix(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (META.has(c)) {
      // "x ?" makes the space optional: the prefix ends before it.
      return c === "?" && out.endsWith(" ") ? out.slice(0, -1) : out;
    }
    out += c;
  }
  return out;
}

/** The leading literal words of a pattern source that starts with `\b`, or undefined. */
export function leadingWords(source: string): string[] | undefined {
  if (!source.startsWith("\\b")) return undefined;
  const rest = source.slice(2);
  if (!rest.startsWith("(?:")) {
    const word = literalPrefix(rest);
    return word.length >= 2 ? [word] : undefined;
  }
  let depth = 0;
  let end = -1;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "\\") {
      i++;
      continue;
    }
    if (rest[i] === "(") depth++;
    else if (rest[i] === ")" && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end === -1) return undefined;
  const body = rest.slice(3, end);
  if (body.includes("(")) return undefined;
  const words = body.split("|").map(literalPrefix);
  return words.every((w) => w.length >= 2) ? words : undefined;
}

function escape(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

export function anchorRules(folded: readonly Rule[]): AnchoredRules {
  const rules: AnchoredRules["rules"] = [];
  const unanchored: Rule[] = [];
  const buckets: AnchoredRules["buckets"] = new Map();
  const all = new Set<string>();
  for (const rule of folded) {
    const words = leadingWords(rule.pattern.source);
    if (words === undefined) {
      unanchored.push(rule);
      continue;
    }
    const index = rules.length;
    rules.push({ rule, sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", "") + "y") });
    for (const word of new Set(words)) {
      all.add(word);
      const key = word.slice(0, 2);
      const list = buckets.get(key) ?? [];
      list.push({ word, rule: index });
      buckets.set(key, list);
    }
  }
  const alternation = [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|");
  return { anchor: new RegExp(`\\b(?:${alternation})`, "gu"), buckets, rules, unanchored };
}
