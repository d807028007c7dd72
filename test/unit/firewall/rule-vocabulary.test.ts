import { describe, expect, it } from "vitest";
import { ANCHORED, NEGATED_AFTER } from "../../../src/firewall/analyze.js";
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

describe("rule patterns", () => {
  it("hold no control character: a \\b written in a template literal as \\b, not \\\\b, is a backspace that never matches", () => {
    const broken = RULES.filter((r) => /[\u0000-\u0008\u000b-\u001f]/.test(r.pattern.source)).map((r) => r.id);
    expect(broken).toEqual([]);
  });
});

describe("negatable rules", () => {
  // A negatable rule is dropped when its match opens on a verb and its negation ("vergiss nicht …"): a leading word
  // that holds both ("hör nicht auf") is negated by itself and never fires.
  it("open on no word that negates itself", () => {
    const dead = RULES.filter((r) => r.negatable === true && r.view === "folded").flatMap((r) =>
      (leadingWords(r.pattern.source) ?? []).filter((w) => NEGATED_AFTER.test(w)).map((w) => `${r.id}: ${w}`),
    );
    expect(dead).toEqual([]);
  });
});

describe("rule ids", () => {
  it("name one rule each, so a finding says which pattern fired", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

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
  it.each(ANCHORED.rules.filter((a) => a.cjkLead !== undefined).map((a) => [a.rule.id, a.rule] as const))("%s does not start with \\b", (_id, rule) => {
    expect(rule.pattern.source.startsWith("\\b")).toBe(false);
    expect((leadingWords(rule.pattern.source) ?? []).some(unspaced)).toBe(true);
  });
});

/** Index of the bracket closing the group or class that opens at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[" && i !== open) i = closing(source, i);
    else if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") if (--depth === 0) return i;
  }
  return source.length;
}

/** The top-level alternatives of a group's body. */
function branches(body: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "(" || body[i] === "[") i = closing(body, i);
    else if (body[i] === "|") {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, body.slice(from)];
}

/** The literal characters a text matching `source` can start with (groups opened, lookaheads and classes skipped). */
function firstLiterals(source: string): string[] {
  if (source === "" || source.startsWith("(?!") || source.startsWith("[") || source.startsWith("\\")) return [];
  if (!source.startsWith("(")) return [source[0] as string];
  const end = closing(source, 0);
  return branches(source.slice(source.startsWith("(?:") ? 3 : 1, end)).flatMap(firstLiterals);
}

/** The literal characters a text matching `source` can end with. */
function lastLiterals(source: string): string[] {
  const c = source.at(-1);
  if (c === undefined || c === "]" || source.at(-2) === "\\") return [];
  if (c !== ")") return [c];
  let open = source.length - 1;
  while (open > 0 && closing(source, open) !== source.length - 1) open--;
  if (source.startsWith("(?!", open)) return [];
  return branches(source.slice(source.startsWith("(?:", open) ? open + 3 : open + 1, -1)).flatMap(lastLiterals);
}

describe("word boundaries", () => {
  // JavaScript's \b knows only ASCII word characters: beside "é", "ü", "ё" or "ò" it never holds, so a rule with
  // "\b" after "всё" or before "écris" can never read those words (WORD_END is the boundary for them). A leading
  // "\b" is dropped for the anchored attempts of a folded rule at a token's start, so there only the inner ones count.
  const nonAsciiLetter = (c: string): boolean => /\p{L}/u.test(c) && !/[A-Za-z]/.test(c);
  it("finds the characters beside a boundary", () => {
    const source = String.raw`x(?:забудь всё|ciò)\b ?(?:y|\bécris)`;
    const inner = [...source.matchAll(/\\b/g)].map((m) => m.index);
    expect(lastLiterals(source.slice(0, inner[0]))).toEqual(["ё", "ò"]);
    expect(firstLiterals(source.slice((inner[1] ?? 0) + 2))).toEqual(["é"]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s has no inner \\b beside a letter outside ASCII", (_id, rule) => {
    const source = rule.pattern.source;
    const beside: string[] = [];
    for (const m of source.matchAll(/(?<!\\)\\b/g)) {
      if (m.index === 0 && rule.view === "folded") continue;
      beside.push(...lastLiterals(source.slice(0, m.index)), ...firstLiterals(source.slice(m.index + 2)));
    }
    expect(beside.filter(nonAsciiLetter)).toEqual([]);
  });
});
