import { describe, expect, it } from "vitest";
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

  // A word the folding pass changes (leetspeak digits, a dotless ı, a comma) can never match the folded view.
  it.each(RULES.filter((r) => r.view === "folded").map((r) => [r.id, r] as const))("spells every word of %s as the folded view does", (_id, rule) => {
    const unreadable = literalWords(rule.pattern.source).filter((w) => buildViews(w).folded.trim() !== w);
    expect(unreadable).toEqual([]);
  });
});
