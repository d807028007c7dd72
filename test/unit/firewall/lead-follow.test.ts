import { describe, expect, it } from "vitest";
import { batteryRows } from "../../../scripts/lib/augment.js";
import { LICENCES, datasetsDir, datasetsGate, readRows } from "../../../scripts/lib/datasets.js";
import { ANCHORED } from "../../../src/firewall/analyze.js";
import { wordsAt, type Bucket } from "../../../src/firewall/anchors.js";
import { followOf, mayFollow, type Follow } from "../../../src/firewall/lead-follow.js";
import { buildViews, leadHash } from "../../../src/firewall/normalize.js";

const gate = datasetsGate();
if (gate === "skip") console.log(`lead-follow check on the shared data sets skipped: no datasets at ${datasetsDir()} (set KALGUARD_DATASETS_DIR)`);

function follow(source: string, word: string): Follow | undefined {
  const of = followOf(source);
  if (of === undefined) throw new Error(`unreadable: ${source}`);
  return of(word);
}

/** Whether the filter lets an attempt of `source` after `word` go ahead on `text` (from its start). */
function passes(source: string, word: string, text: string): boolean {
  const f = follow(source, word);
  return f === undefined || mayFollow(text, word.length, f);
}

describe("what may follow a rule's leading word", () => {
  it("rules out a longer word that only begins with the lead", () => {
    expect(passes("(?:do|don t) not (?:share|tell)", "do", "dog food")).toBe(false);
    expect(passes("(?:do|don t) not (?:share|tell)", "do", "do not tell")).toBe(true);
  });

  it("rules out the next word by its first letters", () => {
    expect(passes("the ?(?:system prompt|hidden rules)", "the", "the weather")).toBe(false);
    expect(passes("the ?(?:system prompt|hidden rules)", "the", "the system prompt")).toBe(true);
    // The optional space lets the next word's letters follow at once.
    expect(passes("the ?(?:system prompt|hidden rules)", "the", "thesystem prompt")).toBe(true);
  });

  it("rules out the text's end where a match needs more", () => {
    expect(passes("ignore (?:all|previous)", "ignore", "ignore")).toBe(false);
    expect(passes("ignore (?:all|previous)", "ignore", "ignore a")).toBe(false);
  });

  it("stops where a match may already have ended", () => {
    expect(follow("reveal(?: it|)", "reveal")).toBeUndefined();
    expect(follow("ignores?", "ignore")).toBeUndefined();
  });

  it("lets a non-ASCII character and everything after it pass", () => {
    expect(passes("the (?:system prompt)", "the", "the \u00e9x")).toBe(true);
    expect(passes("the (?:system prompt)", "the", "the\u00e9")).toBe(true);
  });

  it("narrows nothing by a lookahead or a word boundary", () => {
    expect(passes("do(?! ?not)\\b ?it", "do", "do it")).toBe(true);
    expect(passes("do(?=x)\\b[ x]it", "do", "do it")).toBe(true);
  });

  it("reads classes, escapes, property escapes and bounded repeats", () => {
    expect(passes("say[ \\t]{1,3}[^\\n]{0,5}\\p{L}", "say", "say\tab")).toBe(true);
    expect(passes("say[ \\t]{1,3}x", "say", "say-x")).toBe(false);
    expect(passes("say\\x20\\u0078", "say", "say x")).toBe(true);
    expect(passes("say\\x20\\u0078", "say", "say y")).toBe(false);
    expect(passes("say[^a-z]", "say", "sayb")).toBe(false);
    expect(passes("say[^]", "say", "sayb")).toBe(true);
  });

  it("does not read syntax the rules do not use, rather than guess", () => {
    expect(followOf("(a)\\1")).toBeUndefined();
    expect(followOf("a\\cJ")).toBeUndefined();
  });

  it("reads every anchored rule's pattern", () => {
    expect(ANCHORED.rules.filter((r) => followOf(r.sticky.source) === undefined).map((r) => r.rule.id)).toEqual([]);
  });
});

describe("the anchored scan's filters on real text", () => {
  const found = new Int32Array(Math.max(...[...ANCHORED.buckets.values()].map((b) => b.entries.length)));

  /** Every token start of every text: which words stand there, and whether any match is ruled out. */
  function check(texts: readonly string[]): { trieMisses: string[]; ruledOutMatches: string[]; matches: number } {
    const trieMisses: string[] = [];
    const ruledOutMatches: string[] = [];
    let matches = 0;
    for (const raw of texts) {
      const text = buildViews(raw).folded;
      for (let p = 0; p < text.length; p++) {
        if (p > 0 && text[p - 1] !== " " && text[p - 1] !== "\n") continue;
        const c = (k: number): number => text.charCodeAt(p + k) || 32;
        const keys = new Set([leadHash(c(0), c(1), 0, 0), leadHash(c(0), c(1), c(2), 0), leadHash(c(0), c(1), c(2), c(3))]);
        for (const key of keys) {
          const bucket = ANCHORED.buckets.get(key) as Bucket | undefined;
          if (bucket === undefined) continue;
          const standing = new Set(found.subarray(0, wordsAt(bucket, text, p, found)));
          bucket.entries.forEach((entry, i) => {
            const stands = text.startsWith(entry.word, p);
            if (stands !== standing.has(i)) trieMisses.push(`${entry.word} at ${p} of ${text.slice(0, 80)}`);
            if (!stands) return;
            const anchored = ANCHORED.rules[entry.rule] as (typeof ANCHORED.rules)[number];
            anchored.sticky.lastIndex = p;
            if (!anchored.sticky.test(text)) return;
            matches++;
            if (entry.follow !== undefined && !mayFollow(text, p + entry.word.length, entry.follow)) ruledOutMatches.push(`${anchored.rule.id}: ${text.slice(p, p + 80)}`);
          });
        }
      }
    }
    return { trieMisses, ruledOutMatches, matches };
  }

  it("find every word standing at a start and never rule out a match, on the training battery", () => {
    const result = check(batteryRows().map((r) => r.text));
    expect(result.trieMisses).toEqual([]);
    expect(result.ruledOutMatches).toEqual([]);
    expect(result.matches).toBeGreaterThan(1000);
  });

  it.skipIf(gate === "skip")("find every word standing at a start and never rule out a match, on every shared data set", () => {
    if (gate === "fail") throw new Error(`datasets missing at ${datasetsDir()}: CI must check out shared/ beside the repository`);
    const result = check(Object.keys(LICENCES).flatMap((set) => readRows(set).map((r) => r.text)));
    expect(result.trieMisses).toEqual([]);
    expect(result.ruledOutMatches).toEqual([]);
    expect(result.matches).toBeGreaterThan(5000);
  });
});
