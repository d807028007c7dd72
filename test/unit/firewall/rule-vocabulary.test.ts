import { describe, expect, it } from "vitest";
import { ANCHORED } from "../../../src/firewall/analyze.js";
import { leadingWords } from "../../../src/firewall/anchors.js";
import { C_CJK, CLASS } from "../../../src/firewall/charclass.js";
import { buildViews } from "../../../src/firewall/normalize.js";
import { RULES } from "../../../src/firewall/rules.js";

/**
 * The words of a rule's pattern: what remains between its regular-expression syntax (classes, escapes, counted
 * gaps, groups, alternation), at least two characters long.
 */
function literalWords(source: string): string[] {
  const stripped = source
    .replace(/\[[^\]]*\](?:\{[^}]*\})?/g, "|")
    .replace(/\\[a-zA-Z]/g, "|")
    .replace(/\\(.)/g, "$1")
    .replace(/\{\d+(?:,\d*)?\}/g, "|");
  return stripped
    .split(/[()|?*+^$.:!=<>{}]/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2);
}

describe("rule vocabulary", () => {
  it("finds the words of a pattern between its syntax", () => {
    expect(literalWords(String.raw`\b(?:ignore|pay no attention to) ?[^\n]{0,24}\brot13\b`)).toEqual(["ignore", "pay no attention to", "rot13"]);
  });

  // A word the folding pass changes (leetspeak digits, a dotless ı, a comma) can never match the folded view. Each is
  // folded with a number after it, as running text holds it: alone, "i m" would be two spaced-out letters joined,
  // and beside a Latin word a Cyrillic one would read as a spoofed word.
  it.each(RULES.filter((r) => r.view === "folded").map((r) => [r.id, r] as const))("spells every word of %s as the folded view does", (_id, rule) => {
    const unreadable = literalWords(rule.pattern.source).filter((w) => buildViews(`${w} 42`).folded.trim() !== `${w} 42`);
    expect(unreadable).toEqual([]);
  });
});

describe("rules with words in scripts written without spaces", () => {
  // Han, kana, Thai and the like have no word characters, so "\b" before such a word never holds beside
  // punctuation, a space or the text's edge: a leading "\b" on the full scan such rules get kills those words.
  const unspaced = (w: string): boolean => ((CLASS[w.charCodeAt(0)] ?? 0) & C_CJK) !== 0;
  it.each(ANCHORED.rules.filter((a) => a.cjk).map((a) => [a.rule.id, a.rule] as const))("%s does not start with \\b", (_id, rule) => {
    expect(rule.pattern.source.startsWith("\\b")).toBe(false);
    expect((leadingWords(rule.pattern.source) ?? []).some(unspaced)).toBe(true);
  });
});
