/**
 * K-fold cross-validation of the classifier on the training pool (pool A and the hand-written rows; pool B is
 * never read). Folds are assigned by text hash, so the split is fixed. Prints out-of-fold precision, recall,
 * F1 and false-positive rate at several probability thresholds, per source set, so feature and threshold
 * choices are made on data the evaluation never scores. Numbers only; nothing is written.
 *
 *   node --import tsx scripts/lib/crossval.ts [folds]
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { examples, rowProbability, train, trainingRows } from "../train.js";
import { isPositive, type Row } from "./datasets.js";

export interface OutOfFold {
  row: Row;
  p: number;
}

function fold(text: string, folds: number): number {
  return createHash("sha256").update(`cv:${text}`).digest().readUInt32BE(0) % folds;
}

export function crossValidate(folds: number): OutOfFold[] {
  const { all } = trainingRows();
  const out: OutOfFold[] = [];
  for (let k = 0; k < folds; k++) {
    const { weights, bias } = train(examples(all.filter((r) => fold(r.text, folds) !== k)));
    for (const row of all.filter((r) => fold(r.text, folds) === k)) out.push({ row, p: rowProbability(weights, bias, row.text) });
  }
  return out;
}

function summary(results: readonly OutOfFold[], threshold: number): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { row, p } of results) {
    const hit = p >= threshold;
    if (isPositive(row)) hit ? tp++ : fn++;
    else hit ? fp++ : tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return `p>=${threshold.toFixed(2)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  f1 ${f1.toFixed(3)}  fpr ${(fp / Math.max(1, fp + tn)).toFixed(4)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const folds = Number(process.argv[2] ?? 5);
  const results = crossValidate(folds);
  process.stdout.write(`${folds}-fold out-of-fold results, ${results.length} rows\n`);
  for (const t of [0.5, 0.7, 0.8, 0.9, 0.95, 0.98]) process.stdout.write(`all    ${summary(results, t)}\n`);
  const sets = [...new Set(results.map((r) => r.row.source.split(":")[0] ?? ""))];
  for (const set of sets) {
    const rows = results.filter((r) => (r.row.source.split(":")[0] ?? "") === set);
    process.stdout.write(`${set.padEnd(28)} rows ${String(rows.length).padStart(5)}  ${summary(rows, 0.5)}\n`);
  }
}
