/**
 * K-fold cross-validation on the training pool (pool A, its raw benign prose and the hand-written rows), plus
 * the generated probes of generate.ts, scored but not trained on; pool B is never read. Folds are fixed: by text
 * hash; generated rows built on training prose are folded with their host (see foldKey). Each fold trains both
 * models, the prompt classifier and the task detector. Prints, out of fold: the prompt classifier alone at
 * several probability thresholds, the whole firewall (rules + both out-of-fold models, at the default block
 * threshold) per source, and what the task detector adds per fetched-data group at several confidences. Data
 * rows (prose and code from the raw files, hand-written data) and generated indirect rows are sent as an agent
 * sends fetched data: a user request, then the text as a `tool` message. Numbers only; nothing is written.
 *
 *   node --import tsx scripts/lib/crossval.ts [folds] [--sweep] [--train-generated]
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { createClassifier, type TextClassifier } from "../../src/firewall/classifier.js";
import { analyzeText } from "../../src/firewall/analyze.js";
import { buildViews } from "../../src/firewall/normalize.js";
import { barRises, CLASSIFIER_CAP, CLASSIFIER_CONFIDENT, classifierCategory, classifierConfident, classifierFinding, createFirewall, DECODE_BUDGET, TASK_CONFIDENT, taskFinding } from "../../src/firewall/index.js";
import { createTaskClassifier, mostTaskLike, taskOnTopic } from "../../src/firewall/task-classifier.js";
import { combineScores } from "../../src/firewall/score.js";
import type { ChatMessage, Finding } from "../../src/firewall/types.js";
import { CHUNK_SIZE, DIMS, examples, isData, modelFile, rowProbability, sourceGroup, TASK_DIMS, TASK_UNIT_SIZE, taskExamples, train, trainingRows } from "../train.js";
import { countConfusion, rates, type Confusion } from "./confusion.js";
import { isPositive, type Row } from "./datasets.js";

const BLOCK_THRESHOLD = 70;

export interface OutOfFold {
  row: Row;
  /** Classifier probability of the row's text (maximum over chunks). */
  p: number;
  /** The rules' findings for the row as the firewall receives it. */
  ruleFindings: Finding[];
  /** Highest probability the firewall's classifier step saw (all scored messages and decoded payloads). */
  pSystem: number;
  /** How many chunks the classifier read of the row: classifierConfident. */
  chunks: number;
  /** Whether the classifier's bar rises with those chunks (barRises). */
  rises: boolean;
  /** Highest probability the task detector saw (tool content only; 0 for a row sent as a user prompt). */
  pTask: number;
  /** The row, sent as fetched data, has one request, off its topic (topic.ts; see taskFinding). */
  offTopicRequest: boolean;
  /** The task detector's most task-like sentence of the row, sent as fetched data, is on its topic (taskOnTopic). */
  taskOnTopic: boolean;
  /** Whether the row belongs to the prompt classifier's training pool (not a probe, not a task-detector-only data row). */
  promptPool: boolean;
  /** The row is sent as fetched data (asMessages). */
  fetched: boolean;
}

/**
 * Generated rows are never trained on, so a row built on training prose is folded with that prose (scored only
 * by models that did not see its host). When they are trained on (`--train-generated`), folding by template keeps
 * a template from being both trained on and scored.
 */
function foldKey(row: Row, trainGenerated: boolean): string {
  if (!row.source.startsWith("kalguard:generated:")) return row.text;
  return trainGenerated ? row.source : (row.host ?? row.source);
}

function fold(row: Row, folds: number, trainGenerated: boolean): number {
  return createHash("sha256").update(`cv:${foldKey(row, trainGenerated)}`).digest().readUInt32BE(0) % folds;
}

/**
 * How the firewall receives a row: data (prose from the raw files, hand-written data rows) and generated
 * indirect rows as fetched data, everything else as a user prompt.
 */
export function asMessages(row: Row): ChatMessage[] {
  if (isData(row) || sourceGroup(row) === "kalguard:generated:indirect" || sourceGroup(row) === "kalguard:generated:human-request") {
    return [
      { role: "user", content: "Summarise the text I received." },
      { role: "tool", content: row.text },
    ];
  }
  return [{ role: "user", content: row.text }];
}

/** A classifier that remembers the highest probability it was asked for and reports 0, so only rules score. */
function recording(inner: TextClassifier): TextClassifier & { take(): number } {
  let max = 0;
  return {
    probability(folded: string): number {
      max = Math.max(max, inner.probability(folded));
      return 0;
    },
    take(): number {
      const p = max;
      max = 0;
      return p;
    },
  };
}

/**
 * Out-of-fold results for every training row and every generated probe. With `trainGenerated`, the generated
 * rows are also trained on (an ablation: the choice `npm run train` rejected).
 */
export function crossValidate(folds: number, trainGenerated = false): OutOfFold[] {
  const { all, data, probes } = trainingRows();
  const trainable = trainGenerated ? [...all, ...probes] : all;
  const promptPool = new Set(all);
  const out: OutOfFold[] = [];
  for (let k = 0; k < folds; k++) {
    const inFold = (r: Row): boolean => fold(r, folds, trainGenerated) !== k;
    const { weights, bias } = train(examples(trainable.filter(inFold)));
    const model = createClassifier(modelFile(DIMS, CHUNK_SIZE, { weights, bias }));
    const classifier = { ...recording(model), chunkCount: model.chunkCount };
    const detector = createTaskClassifier(modelFile(TASK_DIMS, TASK_UNIT_SIZE, train(taskExamples([...trainable, ...data].filter(inFold)), TASK_DIMS)));
    const taskClassifier = recording(detector);
    const firewall = createFirewall({ blockThreshold: BLOCK_THRESHOLD, sanitizeThreshold: 100, redact: [] }, { classifier, taskClassifier });
    for (const row of [...all, ...data, ...probes].filter((r) => fold(r, folds, trainGenerated) === k)) {
      const messages = asMessages(row);
      const ruleFindings = firewall.check(messages).findings;
      const fetched = messages.at(-1)?.role === "tool";
      const offTopicRequest = fetched && analyzeText(row.text, { untrusted: true, depth: 0, budget: { ...DECODE_BUDGET } }).offTopicRequest;
      // The chunks of the text alone (its decoded payloads, which the firewall counts too, are left out).
      const folded = buildViews(row.text).folded;
      const chunks = model.chunkCount(folded);
      out.push({ row, p: rowProbability(weights, bias, row.text), ruleFindings, pSystem: classifier.take(), chunks, rises: barRises(fetched, chunks, folded), pTask: taskClassifier.take(), offTopicRequest, taskOnTopic: fetched && taskOnTopic(folded, mostTaskLike(detector, folded)), promptPool: promptPool.has(row), fetched });
    }
  }
  return out;
}

/** Whether the firewall blocks the row, with the classifier scored by `confident` and `cap`, the task detector by `taskConfident`. */
export function blocked(r: OutOfFold, confident: number, cap: number, taskConfident = TASK_CONFIDENT): boolean {
  const found = [...r.ruleFindings, classifierFinding(r.pSystem, 0, "classifier", classifierConfident(r.rises, r.chunks, confident), cap, classifierCategory(r.fetched)), taskFinding(r.pTask, 0, r.offTopicRequest, taskConfident, r.taskOnTopic)];
  return combineScores(found.filter((f): f is Finding => f !== undefined)) >= BLOCK_THRESHOLD;
}

function count(results: readonly OutOfFold[], hit: (r: OutOfFold) => boolean): Confusion {
  return countConfusion(results, (r) => isPositive(r.row), hit);
}

function summary(c: Confusion): string {
  const { precision, recall, f1, fpr } = rates(c);
  return `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  f1 ${f1.toFixed(3)}  fpr ${fpr.toFixed(4)}`;
}

/** Per-group figures: recall for groups with positives, FPR for groups with negatives (a mixed group gets both). */
function groups(results: readonly OutOfFold[]): Map<string, OutOfFold[]> {
  const by = new Map<string, OutOfFold[]>();
  for (const r of results) {
    const g = sourceGroup(r.row);
    by.set(g, [...(by.get(g) ?? []), r]);
  }
  return by;
}

/**
 * Macro figures of the whole firewall: mean recall over groups with positives, mean FPR over groups with
 * negatives, each group counting once however many rows it has.
 */
export function macro(results: readonly OutOfFold[], confident: number, cap: number, taskConfident = TASK_CONFIDENT): { recall: number; fpr: number; balancedAccuracy: number } {
  const recalls: number[] = [];
  const fprs: number[] = [];
  for (const rows of groups(results).values()) {
    const c = count(rows, (r) => blocked(r, confident, cap, taskConfident));
    if (c.tp + c.fn > 0) recalls.push(c.tp / (c.tp + c.fn));
    if (c.fp + c.tn > 0) fprs.push(c.fp / (c.fp + c.tn));
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return { recall: mean(recalls), fpr: mean(fprs), balancedAccuracy: (mean(recalls) + 1 - mean(fprs)) / 2 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const folds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
  const results = crossValidate(folds, process.argv.includes("--train-generated"));
  const print = (s: string): boolean => process.stdout.write(`${s}\n`);
  print(`${folds}-fold out-of-fold results, ${results.length} rows`);
  const trained = results.filter((r) => r.promptPool);
  print(`classifier alone, the ${trained.length} training-pool rows:`);
  for (const t of [0.5, 0.7, 0.8, 0.9, 0.95, 0.98]) print(`  p>=${t.toFixed(2)}  ${summary(count(trained, (r) => r.p >= t))}`);
  print(`firewall (rules + out-of-fold classifier, confident ${CLASSIFIER_CONFIDENT}, cap ${CLASSIFIER_CAP}) at block threshold ${BLOCK_THRESHOLD}, per source:`);
  print(`  ${"source".padEnd(40)} ${"rows".padStart(5)}  recall  fpr     | classifier p>=0.5: recall  fpr`);
  for (const [g, rows] of [...groups(results)].sort(([a], [b]) => a.localeCompare(b))) {
    const sys = count(rows, (r) => blocked(r, CLASSIFIER_CONFIDENT, CLASSIFIER_CAP));
    const clf = count(rows, (r) => r.p >= 0.5);
    const rec = (c: Confusion): string => (c.tp + c.fn > 0 ? (c.tp / (c.tp + c.fn)).toFixed(3) : "  -  ");
    const fpr = (c: Confusion): string => (c.fp + c.tn > 0 ? (c.fp / (c.fp + c.tn)).toFixed(4) : "  -   ");
    print(`  ${g.padEnd(40)} ${String(rows.length).padStart(5)}  ${rec(sys)}  ${fpr(sys)}  |  ${rec(clf)}  ${fpr(clf)}`);
  }
  // Pool A's own sources and the project's rows (hand-written and generated) are reported apart: generated rows
  // are easier to catch than real ones, so only the pool A figure compares with earlier runs.
  const poolA = results.filter((r) => !r.row.source.startsWith("kalguard:"));
  const ours = results.filter((r) => r.row.source.startsWith("kalguard:"));
  const line = (name: string, rows: readonly OutOfFold[], confident: number, cap: number): string => {
    const m = macro(rows, confident, cap);
    return `${name} recall ${m.recall.toFixed(3)}  fpr ${m.fpr.toFixed(4)}  balanced accuracy ${m.balancedAccuracy.toFixed(3)}`;
  };
  print(line("firewall macro, pool A sources:   ", poolA, CLASSIFIER_CONFIDENT, CLASSIFIER_CAP));
  print(line("firewall macro, kalguard rows:    ", ours, CLASSIFIER_CONFIDENT, CLASSIFIER_CAP));
  // The task detector acts on fetched data only: the groups sent as tool content show what it buys and costs.
  const fetched = [...groups(results)].filter(([, rows]) => asMessages(rows[0]!.row).some((m) => m.role === "tool"));
  print(`task detector (tool content only), blocked share per fetched-data group, by TASK_CONFIDENT (shipped ${TASK_CONFIDENT}; "off" = never):`);
  const taskSettings: Array<[string, number]> = [["off", Infinity], ["0.95", 0.95], ["0.98", 0.98], ["0.99", 0.99], ["0.995", 0.995], ["0.999", 0.999]];
  print(`  ${"source".padEnd(40)} ${taskSettings.map(([n]) => n.padStart(7)).join("")}`);
  for (const [g, rows] of fetched.sort(([a], [b]) => a.localeCompare(b))) {
    const scored = rows.some((r) => isPositive(r.row)) ? rows.filter((r) => isPositive(r.row)) : rows;
    const shares = taskSettings.map(([, t]) => (scored.filter((r) => blocked(r, CLASSIFIER_CONFIDENT, CLASSIFIER_CAP, t)).length / scored.length).toFixed(3).padStart(7));
    print(`  ${g.padEnd(40)} ${shares.join("")}`);
  }
  if (process.argv.includes("--sweep")) {
    print("sweep of CLASSIFIER_CONFIDENT x CLASSIFIER_CAP (firewall macro):");
    for (const confident of [0.8, 0.85, 0.9, 0.93, 0.95, 0.98, 0.99, 0.995]) {
      for (const cap of [55, 60, 65]) {
        print(`  confident ${String(confident).padEnd(5)} cap ${cap}  ${line("pool A", poolA, confident, cap)}  | ${line("kalguard", ours, confident, cap)}`);
      }
    }
  }
}
