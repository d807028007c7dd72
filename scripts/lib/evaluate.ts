/**
 * Scores the firewall on every shared dataset at a given block threshold. Shared by `npm run eval` and the
 * regression test so the printed table, eval-results.json and the README claims come from one computation.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChatMessage, PromptFirewall } from "../../src/firewall/types.js";
import { countConfusion, rates } from "./confusion.js";
import { datasetsDir, isPositive, readRows, type Row } from "./datasets.js";

export interface SetResult {
  set: string;
  pool: "A" | "B";
  kind: "attack" | "benign" | "mixed";
  rows: number;
  /** Recall for attack sets, false-positive rate for benign sets, F1 for mixed sets. */
  metric: "recall" | "fpr" | "f1";
  value: number;
  /**
   * Attack and benign sets: the share of rows at or above the sanitize threshold, i.e. blocked, or allowed with
   * the matched text removed from `sanitizedMessages` (for an attack, what protects an agent that sends the
   * sanitised messages). Not given for mixed sets, which are scored by F1.
   */
  flagged?: number;
  detail?: Record<string, number>;
}

export interface EvalResults {
  threshold: number;
  sanitizeThreshold: number;
  sets: SetResult[];
  poolB: { tpr: number; tnr: number; balancedAccuracy: number; positives: number; negatives: number };
}

interface Case {
  messages: ChatMessage[];
  positive: boolean;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Every set, with its pool and how its rows become chat messages. */
const EVAL_SETS: ReadonlyArray<{ set: string; pool: "A" | "B"; filter?: (r: Row) => boolean; name?: string }> = [
  { set: "tensor-trust", pool: "B" },
  { set: "notinject", pool: "B" },
  { set: "wildguard-benign", pool: "B" },
  { set: "gsm8k", pool: "B" },
  { set: "deepset-prompt-injections", pool: "B", filter: (r) => r.source.endsWith(":test"), name: "deepset-prompt-injections:test" },
  { set: "pint-example", pool: "B" },
  { set: "deepset-prompt-injections", pool: "A", filter: (r) => r.source.endsWith(":train"), name: "deepset-prompt-injections:train" },
  { set: "verazuo-jailbreak-llms", pool: "A" },
  { set: "gpteacher", pool: "A" },
  { set: "awesome-chatgpt-prompts", pool: "A" },
  { set: "instruction-prompts", pool: "A" },
];

/** The user's question for each BIPIA email, from the raw BIPIA files, keyed by the email text. */
function bipiaQuestions(): Array<{ context: string; question: string }> {
  const out: Array<{ context: string; question: string }> = [];
  for (const split of ["email_test.jsonl", "email_train.jsonl"]) {
    const file = path.join(datasetsDir(), "bipia-email-indirect", "raw", split);
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const { context, question } = JSON.parse(line) as { context: string; question: string };
      out.push({ context, question: question.replace(/^Q:\s*/, "") });
    }
  }
  return out;
}

const AFFIX = 60;

/** BIPIA as an agent sends it: the user's request, then the fetched email as a tool message. */
function bipiaCases(): { attacks: Case[]; clean: Case[] } {
  const emails = bipiaQuestions();
  const attacks: Case[] = [];
  const clean: Case[] = [];
  for (const row of readRows("bipia-email-indirect")) {
    const match = emails.find((e) => row.text.startsWith(e.context.slice(0, AFFIX)) || row.text.endsWith(e.context.slice(-AFFIX)));
    if (match === undefined) throw new Error(`no BIPIA question for row ${row.source}`);
    const c: Case = {
      messages: [
        { role: "user", content: `${match.question} Use the email I received.` },
        { role: "tool", content: row.text },
      ],
      positive: isPositive(row),
    };
    (c.positive ? attacks : clean).push(c);
  }
  return { attacks, clean };
}

function result(set: string, pool: "A" | "B", cases: readonly Case[], firewall: PromptFirewall, sanitizeThreshold: number): SetResult {
  const scored = cases.map((c) => ({ positive: c.positive, verdict: firewall.check(c.messages) }));
  const detail = countConfusion(scored, (c) => c.positive, (c) => c.verdict.blocked);
  const flagged = round(scored.filter((c) => c.verdict.riskScore >= sanitizeThreshold).length / Math.max(1, scored.length));
  const { tp, fp, tn, fn } = detail;
  const positives = tp + fn;
  const negatives = fp + tn;
  if (negatives === 0) return { set, pool, kind: "attack", rows: cases.length, metric: "recall", value: round(tp / positives), flagged, detail };
  if (positives === 0) return { set, pool, kind: "benign", rows: cases.length, metric: "fpr", value: round(fp / negatives), flagged, detail };
  const { precision, recall, f1, fpr } = rates(detail);
  return {
    set, pool, kind: "mixed", rows: cases.length, metric: "f1",
    value: round(f1),
    detail: { ...detail, precision: round(precision), recall: round(recall), fpr: round(fpr) },
  };
}

export function evaluate(firewall: PromptFirewall, threshold: number, sanitizeThreshold: number, pools: ReadonlyArray<"A" | "B"> = ["A", "B"]): EvalResults {
  const sets: SetResult[] = [];
  const userCase = (r: Row): Case => ({ messages: [{ role: "user", content: r.text }], positive: isPositive(r) });
  if (pools.includes("B")) {
    const bipia = bipiaCases();
    sets.push(result("bipia-email-indirect:attack", "B", bipia.attacks, firewall, sanitizeThreshold));
    sets.push(result("bipia-email-indirect:clean", "B", bipia.clean, firewall, sanitizeThreshold));
  }
  for (const s of EVAL_SETS) {
    if (!pools.includes(s.pool)) continue;
    const rows = readRows(s.set).filter(s.filter ?? (() => true));
    sets.push(result(s.name ?? s.set, s.pool, rows.map(userCase), firewall, sanitizeThreshold));
  }
  // Pool B balanced accuracy over the held-out attack and benign sets (deepset test and the PINT sample excluded).
  const heldOut = new Set(["tensor-trust", "bipia-email-indirect:attack", "notinject", "wildguard-benign", "gsm8k", "bipia-email-indirect:clean"]);
  let tp = 0, fn = 0, tn = 0, fp = 0;
  for (const s of sets) {
    if (!heldOut.has(s.set) || s.detail === undefined) continue;
    tp += s.detail.tp ?? 0;
    fn += s.detail.fn ?? 0;
    tn += s.detail.tn ?? 0;
    fp += s.detail.fp ?? 0;
  }
  const tpr = tp / Math.max(1, tp + fn);
  const tnr = tn / Math.max(1, tn + fp);
  return {
    threshold,
    sanitizeThreshold,
    sets,
    poolB: pools.includes("B")
      ? { tpr: round(tpr), tnr: round(tnr), balancedAccuracy: round((tpr + tnr) / 2), positives: tp + fn, negatives: tn + fp }
      : { tpr: 0, tnr: 0, balancedAccuracy: 0, positives: 0, negatives: 0 },
  };
}

export function formatTable(r: EvalResults): string {
  const lines = [
    `| set | pool | rows | metric | value | flagged (score >= ${r.sanitizeThreshold}) |`,
    `|---|---|---:|---|---:|---:|`,
    ...r.sets.map((s) => `| ${s.set} | ${s.pool} | ${s.rows} | ${s.metric === "fpr" ? "false-positive rate" : s.metric} | ${s.value.toFixed(3)} | ${s.flagged?.toFixed(3) ?? "-"} |`),
    `| **pool B balanced accuracy** (TPR ${r.poolB.tpr.toFixed(3)}, TNR ${r.poolB.tnr.toFixed(3)}) | B | ${r.poolB.positives + r.poolB.negatives} | mean(TPR, TNR) | ${r.poolB.balancedAccuracy.toFixed(3)} | |`,
  ];
  return lines.join("\n");
}
