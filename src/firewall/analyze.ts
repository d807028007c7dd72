/**
 * Runs the rule layer over one text: every view, every rule, the flood scan, and (recursively, within a
 * budget) every encoded payload found in it. Returns hits with their spans in the `base` view.
 */
import { decodePayloads, type DecodeBudget } from "./decode.js";
import { FLOOD_MIN_RUN, longestFloodRun } from "./flood.js";
import { anchorRules } from "./anchors.js";
import { buildViews, type TextViews } from "./normalize.js";
import { MENTION_FACTOR, RULES, type Rule } from "./rules.js";

export interface Hit {
  ruleId: string;
  category: string;
  score: number;
  /** Half-open spans in the analysed text's `base` view; empty for hits found inside decoded payloads. */
  spans: Array<[number, number]>;
}

export interface AnalyzeOptions {
  untrusted: boolean;
  depth: number;
  budget: DecodeBudget;
}

export const MAX_DECODE_DEPTH = 3;
const FLOOD_SCORE = 55;
const BUDGET_EXHAUSTED_SCORE = 50;
/** A defensive statement ("never reveal your instructions") is not an attack. */
export const NEGATED = /(?:\bnot|\bnever|n't|\bdon t|\bno)\s?$/u;

const MENTION_OPENERS = new Set(["`", '"', "'", "“", "‘", "«"]);

function recordHit(hits: Map<string, Hit>, rule: Rule, score: number, span: [number, number] | undefined): void {
  const existing = hits.get(rule.id);
  if (existing === undefined) {
    hits.set(rule.id, { ruleId: rule.id, category: rule.category, score, spans: span ? [span] : [] });
    return;
  }
  existing.score = Math.max(existing.score, score);
  if (span) existing.spans.push(span);
}

export const ANCHORED = anchorRules(RULES.filter((r) => r.view === "folded"));
const FULL_SCAN_RULES: readonly Rule[] = [...RULES.filter((r) => r.view === "clean"), ...ANCHORED.unanchored];

function onMatch(views: TextViews, rule: Rule, index: number, length: number, hits: Map<string, Hit>): void {
  let start = index;
  let end = index + length;
  if (rule.view === "folded") {
    if (rule.category === "prompt_exfiltration" && NEGATED.test(views.folded.slice(Math.max(0, start - 8), start))) return;
    start = views.foldedMap[index] ?? 0;
    end = Math.max(start, views.foldedMap[Math.max(index, end - 1)] ?? start) + 1;
  }
  const mention = rule.mentionAware === true && MENTION_OPENERS.has(views.clean[start - 1] ?? "");
  recordHit(hits, rule, mention ? Math.round(rule.score * MENTION_FACTOR) : rule.score, [start, end]);
}

/**
 * Anchored attempts allowed per rule and text: a fixed floor plus one per 256 characters. A text that
 * exhausts it (the same trigger word repeated over megabytes) stops being matched by that rule and is
 * reported as flooding instead, so adversarial repetition cannot buy unbounded work.
 */
const ATTEMPT_FLOOR = 4096;
const ATTEMPT_CHARS = 256;
const ATTEMPTS_EXHAUSTED_SCORE = 55;

function runRules(views: TextViews, untrusted: boolean, hits: Map<string, Hit>): void {
  for (const rule of FULL_SCAN_RULES) {
    if (rule.toolOnly && !untrusted) continue;
    const text = rule.view === "folded" ? views.folded : views.clean;
    if (rule.requires !== undefined && !rule.requires.some((r) => text.includes(r))) continue;
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) onMatch(views, rule, m.index, m[0].length, hits);
  }
  const text = views.folded;
  const anchor = ANCHORED.anchor;
  anchor.lastIndex = 0;
  const tried = new Set<number>();
  const budget = ATTEMPT_FLOOR + Math.floor(text.length / ATTEMPT_CHARS);
  const attempts = new Uint32Array(ANCHORED.rules.length);
  for (let m = anchor.exec(text); m !== null; m = anchor.exec(text)) {
    const p = m.index;
    tried.clear();
    for (const { word, rule } of ANCHORED.buckets.get(text.slice(p, p + 2)) ?? []) {
      if (tried.has(rule) || !text.startsWith(word, p)) continue;
      tried.add(rule);
      const entry = ANCHORED.rules[rule] as (typeof ANCHORED.rules)[number];
      if (entry.rule.toolOnly && !untrusted) continue;
      if (++(attempts[rule] as number) > budget) {
        if (attempts[rule] === budget + 1) {
          hits.set("obfuscation.trigger_flood", { ruleId: "obfuscation.trigger_flood", category: "obfuscation", score: ATTEMPTS_EXHAUSTED_SCORE, spans: [] });
        }
        continue;
      }
      entry.sticky.lastIndex = p;
      const hit = entry.sticky.exec(text);
      if (hit !== null) onMatch(views, entry.rule, p, hit[0].length, hits);
    }
    anchor.lastIndex = p + 1;
  }
}

export interface Analysis {
  hits: Hit[];
  views: TextViews;
  /** Folded views of every payload decoded inside the text (any depth), for the classifier. */
  decoded: string[];
}

export function analyzeText(text: string, opts: AnalyzeOptions): Analysis {
  const views = buildViews(text);
  const hits = new Map<string, Hit>();
  const decoded: string[] = [];
  runRules(views, opts.untrusted, hits);
  if (longestFloodRun(views.clean) >= FLOOD_MIN_RUN) {
    hits.set("obfuscation.token_flood", { ruleId: "obfuscation.token_flood", category: "obfuscation", score: FLOOD_SCORE, spans: [] });
  }
  if (opts.depth < MAX_DECODE_DEPTH) {
    const payloads = decodePayloads(views.clean, opts.budget);
    // Content that could not all be decoded within the budget is not vouched for: enough to sanitise.
    if (opts.budget.bytes <= 0 || opts.budget.payloads <= 0) {
      hits.set("obfuscation.decode_budget_exhausted", { ruleId: "obfuscation.decode_budget_exhausted", category: "encoded_payload", score: BUDGET_EXHAUSTED_SCORE, spans: [] });
    }
    for (const payload of payloads) {
      const innerAnalysis = analyzeText(payload.text, { ...opts, depth: opts.depth + 1 });
      decoded.push(innerAnalysis.views.folded, ...innerAnalysis.decoded);
      const inner = innerAnalysis.hits;
      const strongest = inner.reduce((max, h) => Math.max(max, h.score), 0);
      if (strongest === 0) continue;
      for (const h of inner) {
        const prev = hits.get(h.ruleId);
        if (prev === undefined || prev.score < h.score) hits.set(h.ruleId, { ...h, spans: prev?.spans ?? [] });
      }
      const id = `obfuscation.encoded_payload.${payload.encoding}`;
      const prev = hits.get(id);
      if (prev === undefined || prev.score < strongest) hits.set(id, { ruleId: id, category: "encoded_payload", score: strongest, spans: [] });
    }
  }
  return { hits: [...hits.values()], views, decoded };
}
