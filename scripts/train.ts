/**
 * Trains the firewall's logistic-regression classifier and its task detector on pool A (permissively licensed
 * sets only) and writes src/firewall/model/weights.json, task-weights.json and TRAINING.md. Deterministic:
 * fixed seed, fixed order, no timestamps, so running it twice produces byte-identical files.
 *
 *   npm run train            (KALGUARD_DATASETS_DIR overrides ../shared/datasets)
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chunks, vectorize, type SparseVector } from "../src/firewall/features.js";
import { sigmoid, type ModelFile } from "../src/firewall/classifier.js";
import { buildViews } from "../src/firewall/normalize.js";
import { TASK_CONFIDENT } from "../src/firewall/index.js";
import { createTaskClassifier, taskUnits } from "../src/firewall/task-classifier.js";
import { AUGMENT_ROWS, BATTERY_FILE, BATTERY_SOURCE_PREFIX, batteryRows, DATA_ROWS, DATA_SOURCE, HARD_NEGATIVE_SOURCE } from "./lib/augment.js";
import { countConfusion, rates } from "./lib/confusion.js";
import { declarativeTwin } from "./lib/declarative.js";
import { generatedRows } from "./lib/generate.js";
import { mulberry32 } from "./lib/random.js";
import { LICENCES, POOL_A_SETS, REPO_ROOT, datasetFile, datasetsDir, isPermissive, isPositive, poolARows, sha256File, type Row } from "./lib/datasets.js";

export const DIMS = 1 << 17;
export const CHUNK_SIZE = 1200;
/** The task detector's buckets and longest scored unit (a sentence; longer lines are cut). */
export const TASK_DIMS = 1 << 16;
export const TASK_UNIT_SIZE = 400;
/** A prompt of more sentences than this trains the task detector with its first and last sentence only. */
const TASK_PROMPT_SENTENCES = 3;
const MAX_CHUNKS_PER_ROW = 3;
const EPOCHS = 6;
const LEARNING_RATE = 0.4;
const L2 = 1e-5;
const SEED = 20261121;
/** One row in ten (by text hash) is held out to report metrics. */
const HOLDOUT_MODULUS = 10;
/**
 * Per-source weight cap (see sourceWeights), chosen by `crossval.ts`: only the 6,458 GPTeacher instructions
 * exceed it; it lowered the firewall's out-of-fold pool A false-positive rate.
 */
const SOURCE_CAP = 2000;
/**
 * The weight of each half of the battery prompts (attacks, benign twins; augment.ts), chosen by `crossval.ts` and the
 * documents: pool A's cross-validated balanced accuracy is 0.931 without them, 0.930 at 200 rows, 0.929 at 400, 0.926
 * at full weight; licence files pasted into a prompt are blocked 16, 20, 26 times of 800 at 0, 200 and 400 rows; the
 * batteries of two later sessions, held out, gained as much at 200 as at full weight.
 */
const BATTERY_CAP = 200;

interface Example {
  x: SparseVector;
  y: 0 | 1;
  /** Per-source weight (see sourceWeights). */
  w: number;
}

function holdout(text: string): boolean {
  return createHash("sha256").update(text).digest().readUInt32BE(0) % HOLDOUT_MODULUS === 0;
}

/**
 * First sentences of benign prompts, as extra benign rows: pool A's short texts are mostly deepset
 * attacks, so without these the model learns "short means attack".
 */
function firstSentences(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    if (isPositive(row)) continue;
    const first = /^[^.!?\n]{20,200}[.!?]/.exec(row.text.trim())?.[0];
    if (first !== undefined && first.length < row.text.trim().length) out.push({ ...row, text: first });
  }
  return out;
}

/** The group a row's weight is computed over: its dataset (repository), or the generator family. */
export function sourceGroup(row: Row): string {
  const parts = row.source.split(":");
  return parts[0] === "kalguard" ? parts.slice(0, 3).join(":") : (parts[0] ?? "");
}

/**
 * Per-source weights: a source with more than SOURCE_CAP rows is scaled down to weigh SOURCE_CAP rows in
 * total, so the few genuine injection rows are not drowned by thousands of code questions.
 */
export function sourceWeights(rows: readonly Row[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const group = sourceGroup(row);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return new Map([...counts].map(([group, n]) => [group, Math.min(1, (group.startsWith(BATTERY_SOURCE_PREFIX) ? BATTERY_CAP : SOURCE_CAP) / n)]));
}

export function examples(rows: readonly Row[]): Example[] {
  const out: Example[] = [];
  const all = [...rows, ...firstSentences(rows)];
  const weights = sourceWeights(all);
  for (const row of all) {
    const folded = buildViews(row.text).folded;
    const w = weights.get(sourceGroup(row)) ?? 1;
    for (const chunk of chunks(folded, CHUNK_SIZE).slice(0, MAX_CHUNKS_PER_ROW)) {
      out.push({ x: vectorize(chunk, DIMS), y: isPositive(row) ? 1 : 0, w });
    }
  }
  return out;
}

/**
 * Whether a row is data rather than a prompt: prose from the raw files (answers, example inputs and outputs) or
 * a hand-written data row. Everything else was written to an AI assistant.
 */
export function isData(row: Row): boolean {
  return row.source.includes(":raw/") || row.source === DATA_SOURCE;
}

/**
 * Whether a row trains the task detector. Hand-written hard negatives are prompts, but several are addressed to a
 * human ("please disregard my previous email"). The battery prompts teach the injection classifier only: their
 * thousand ordinary requests made the detector read more documentation as requests (fetched /usr/share/doc documents
 * blocked 30 → 47 of 2,434).
 */
function teachesTasks(row: Row): boolean {
  return row.source !== HARD_NEGATIVE_SOURCE && !row.source.startsWith(BATTERY_SOURCE_PREFIX);
}

/**
 * The task detector's examples: every sentence of data rows is negative; the sentences of prompts (any label:
 * a benign request is still a request to the assistant) are positive, for a long prompt only its first and last
 * sentence, where the request usually stands (the middle is context or role-play set-up).
 */
export function taskExamples(rows: readonly Row[]): Example[] {
  const out: Example[] = [];
  const weights = sourceWeights(rows);
  for (const row of rows) {
    if (!teachesTasks(row)) continue;
    const units = taskUnits(buildViews(row.text).folded, TASK_UNIT_SIZE);
    const data = isData(row);
    const picked = data || units.length <= TASK_PROMPT_SENTENCES ? units : [units[0] as string, units[units.length - 1] as string];
    const w = weights.get(sourceGroup(row)) ?? 1;
    for (const unit of picked) {
      out.push({ x: vectorize(unit, TASK_DIMS), y: data ? 0 : 1, w });
      const twin = data ? undefined : declarativeTwin(unit);
      if (twin !== undefined) out.push({ x: vectorize(twin, TASK_DIMS), y: 0, w });
    }
  }
  return out;
}

function dot(w: Float64Array, bias: number, x: SparseVector): number {
  let z = bias;
  for (let i = 0; i < x.index.length; i++) z += (w[x.index[i] as number] as number) * x.value;
  return z;
}

export function train(data: readonly Example[], dims: number = DIMS): { weights: Float64Array; bias: number } {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const total = data.reduce((sum, e) => sum + e.w, 0);
  const positives = data.reduce((sum, e) => sum + (e.y === 1 ? e.w : 0), 0);
  const classWeight = [total / (2 * (total - positives)), total / (2 * positives)] as const;
  const order = data.map((_, i) => i);
  const rand = mulberry32(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const e = data[k] as Example;
      const err = (sigmoid(dot(w, bias, e.x)) - e.y) * classWeight[e.y] * e.w;
      for (let i = 0; i < e.x.index.length; i++) {
        const f = e.x.index[i] as number;
        const g = err * e.x.value + L2 * (w[f] as number);
        g2[f] = (g2[f] as number) + g * g;
        w[f] = (w[f] as number) - (LEARNING_RATE * g) / Math.sqrt(g2[f] as number);
      }
      biasG2 += err * err;
      bias -= (LEARNING_RATE * err) / Math.sqrt(biasG2);
    }
  }
  return { weights: w, bias };
}

function metrics(rows: readonly Row[], model: ModelFile): Record<string, number> {
  const w = Float64Array.from(model.weights);
  const c = countConfusion(rows, isPositive, (row) => rowProbability(w, model.bias, row.text) >= 0.5);
  const { precision, recall, f1, fpr } = rates(c);
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    rows: rows.length,
    positives: c.tp + c.fn,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    falsePositiveRate: round(fpr),
  };
}

/** Raw files of pool A sets whose non-prompt text (answers, example inputs and outputs) trains as benign prose. */
const RAW_BENIGN: ReadonlyArray<{ set: (typeof POOL_A_SETS)[number]; file: string; texts: (line: unknown) => string[] }> = [
  {
    set: "gpteacher",
    file: "raw/roleplay-simple-deduped-roleplay-instruct.json",
    texts: (item) => [(item as { response: string }).response],
  },
  {
    set: "instruction-prompts",
    file: "raw/self-instruct_seed_tasks.jsonl",
    texts: (item) => (item as { instances: Array<{ input: string; output: string }> }).instances.flatMap((i) => [i.input, i.output]),
  },
  {
    set: "instruction-prompts",
    file: "raw/self-instruct_user_oriented_instructions.jsonl",
    texts: (item) => (item as { instances: Array<{ input: string; output: string }> }).instances.flatMap((i) => [i.input, i.output]),
  },
];

/** Code and its explanations (what a tool reading files returns), as data rows of the task detector only. */
const TASK_ONLY_DATA: (typeof RAW_BENIGN)[number] = {
  set: "gpteacher",
  file: "raw/codegen-instruct.json",
  texts: (item) => [(item as { response: string }).response],
};

/**
 * Descriptive prose on every kind of topic (role-play answers, example e-mails, reviews, documents) as benign
 * rows, so the model does not learn a topic (crime, war, medicine) or plain document text as a sign of an attack.
 */
function rawBenign(source: (typeof RAW_BENIGN)[number]): Row[] {
  const raw = readFileSync(path.join(datasetsDir(), source.set, source.file), "utf8");
  const items: unknown[] = source.file.endsWith(".jsonl") ? raw.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown) : (JSON.parse(raw) as unknown[]);
  return items
    .flatMap(source.texts)
    .filter((t) => t.trim().length >= 20)
    .map((text) => ({ text, label: "benign" as const, source: `${source.set}:${source.file}` }));
}

export const MODEL_DIR = path.join(REPO_ROOT, "src/firewall/model");

/**
 * Every training row: pool A, benign prose from its raw files and the hand-written rows; with the files used.
 * `probes` are the generated rows (scripts/lib/generate.ts, partly built from the same prose), for
 * cross-validation only: `npm run train` does not train on them.
 */
export function trainingRows(): { all: Row[]; data: readonly Row[]; probes: Row[]; files: Array<{ set: string; licence: string; sha256: string; rows: number }> } {
  const all: Row[] = [];
  const prose: string[] = [];
  const files: Array<{ set: string; licence: string; sha256: string; rows: number }> = [];
  for (const set of POOL_A_SETS) {
    const rows = poolARows(set);
    files.push({ set, licence: LICENCES[set] ?? "unknown", sha256: sha256File(datasetFile(set)), rows: rows.length });
    all.push(...rows);
  }
  // A raw file's rows, refused unless its set is permissively licensed, and recorded with its hash.
  const raw = (source: (typeof RAW_BENIGN)[number], use: string): Row[] => {
    if (!isPermissive(source.set)) throw new Error(`refusing to train on ${source.set}`);
    const rows = rawBenign(source);
    files.push({ set: `${source.set}/${source.file} (${use})`, licence: LICENCES[source.set] ?? "unknown", sha256: sha256File(path.join(datasetsDir(), source.set, source.file)), rows: rows.length });
    return rows;
  };
  for (const source of RAW_BENIGN) {
    const rows = raw(source, "benign prose");
    all.push(...rows);
    prose.push(...rows.map((r) => r.text));
  }
  all.push(...AUGMENT_ROWS);
  const battery = batteryRows();
  files.push({ set: path.relative(REPO_ROOT, BATTERY_FILE), licence: "Apache-2.0 (this project)", sha256: sha256File(BATTERY_FILE), rows: battery.length });
  all.push(...battery);
  return { all, data: [...DATA_ROWS, ...raw(TASK_ONLY_DATA, "task detector only")], probes: generatedRows(prose), files };
}

/** The classifier's probability for a row with the given weights: the maximum over the row's chunks. */
export function rowProbability(w: Float64Array, bias: number, text: string): number {
  const folded = buildViews(text).folded;
  return Math.max(...chunks(folded, CHUNK_SIZE).map((c) => sigmoid(dot(w, bias, vectorize(c, DIMS)))));
}

/** A trained model as its committed file form (weights rounded to 4 decimals). */
export function modelFile(dims: number, chunkSize: number, trained: { weights: Float64Array; bias: number }): ModelFile {
  return {
    format: "kalguard-logreg-v1",
    dims,
    chunkSize,
    bias: Number(trained.bias.toFixed(6)),
    weights: Array.from(trained.weights, (v) => Number(v.toFixed(4))),
  };
}

/**
 * The task detector on held-out rows, each whole row scored as fetched data (its most task-like sentence):
 * the share of prompts it recognises as requests and of data rows it mistakes for one.
 */
function taskMetrics(rows: readonly Row[], model: ModelFile): Record<string, number> {
  const detector = createTaskClassifier(model);
  const share = (subset: readonly Row[], t: number): number => Math.round((10000 * subset.filter((r) => detector.probability(buildViews(r.text).folded) >= t).length) / Math.max(1, subset.length)) / 10000;
  const prompts = rows.filter((r) => !isData(r) && teachesTasks(r));
  const data = rows.filter(isData);
  return {
    prompts: prompts.length,
    dataRows: data.length,
    "prompts at p >= 0.5": share(prompts, 0.5),
    "data rows at p >= 0.5": share(data, 0.5),
    [`prompts at p >= ${TASK_CONFIDENT}`]: share(prompts, TASK_CONFIDENT),
    [`data rows at p >= ${TASK_CONFIDENT}`]: share(data, TASK_CONFIDENT),
  };
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Trains both models from the datasets and returns the files' contents; writes nothing. */
export function trainModel(): { weightsJson: string; taskWeightsJson: string; trainingMd: string } {
  const { all, data, files } = trainingRows();
  const trainRows = all.filter((r) => !holdout(r.text));
  const heldOut = all.filter((r) => holdout(r.text));
  const model = modelFile(DIMS, CHUNK_SIZE, train(examples(trainRows)));
  const heldOutMetrics = metrics(heldOut, model);
  const weightsJson = `${JSON.stringify(model)}\n`;
  const weightsHash = sha256(weightsJson);
  const taskRows = [...all, ...data];
  const taskModel = modelFile(TASK_DIMS, TASK_UNIT_SIZE, train(taskExamples(taskRows.filter((r) => !holdout(r.text))), TASK_DIMS));
  const taskHeldOut = taskMetrics(taskRows.filter((r) => holdout(r.text)), taskModel);
  const taskWeightsJson = `${JSON.stringify(taskModel)}\n`;
  const md = [
    "# Firewall classifier: training record",
    "",
    "Generated by `npm run train` (`node --import tsx scripts/train.ts`); do not edit by hand.",
    "",
    `Model: logistic regression, ${DIMS} hashed buckets (word unigrams, word bigrams, character 4-grams of the folded view), chunks of ${CHUNK_SIZE} characters, ${EPOCHS} epochs AdaGrad, learning rate ${LEARNING_RATE}, L2 ${L2}, seed ${SEED}, class-balanced.`,
    "",
    "Training data: pool A of `shared/datasets/README.md`, permissively licensed sets only (`deepset-prompt-injections` train split only; never `tensor-trust`): the normalised `.jsonl` rows, benign prose from the same sets' raw files (answers, example inputs and outputs), the first sentence of every benign prompt as an extra short benign row, and the hand-written rows in `scripts/lib/augment.ts` and `scripts/data/hand-written-prompts.jsonl` (the prompts of the rules' test batteries: attacks and benign twins).",
    "",
    `Per-source weights: a source (dataset repository, or kind of hand-written row) with more than ${SOURCE_CAP} rows weighs ${SOURCE_CAP} rows in total; the battery prompts' attacks and benign twins weigh at most ${BATTERY_CAP} rows each.`,
    "",
    "| set or file | licence | rows used | sha256 of the file |",
    "|---|---|---:|---|",
    ...files.map((f) => `| ${f.set} | ${f.licence} | ${f.rows} | \`${f.sha256}\` |`),
    `| scripts/lib/augment.ts | Apache-2.0 (this project) | ${AUGMENT_ROWS.length} | - |`,
    "",
    `Training rows: ${trainRows.length}; held-out rows (1 in ${HOLDOUT_MODULUS} by text hash, pool A only): ${heldOut.length}.`,
    "",
    "Held-out metrics at probability 0.5 (the classifier alone, no rules):",
    "",
    "| metric | value |",
    "|---|---:|",
    ...Object.entries(heldOutMetrics).map(([k, v]) => `| ${k} | ${v} |`),
    "",
    `weights.json sha256: \`${weightsHash}\``,
    "",
    "## Task detector",
    "",
    `Model: logistic regression over the same features, ${TASK_DIMS} hashed buckets, scored per sentence (a line of the folded view, at most ${TASK_UNIT_SIZE} characters, its first word marked), same optimiser, seed and class balancing. Used on \`tool\` content only, and there on English sentences only (\`language.ts\`: its data side is English prose, so it cannot judge another language), here as in the firewall.`,
    "",
    `Training data: the rows above. Negatives: every sentence of the benign prose rows (raw files), of GPTeacher's code answers (the file marked "task detector only" above) and of the ${DATA_ROWS.length} hand-written data rows in \`scripts/lib/augment.ts\` (mail, manuals, notices: requests addressed to a human), and the declarative twin of every positive sentence that opens with a request verb (\`scripts/lib/declarative.ts\`: "describe the format" → "the script describes the format", same weight), so the opening decides rather than the verbs and topic. Positives: the sentences of every prompt of any label (all of a prompt of up to ${TASK_PROMPT_SENTENCES} sentences, else its first and last), except the hand-written hard negatives, several of which are themselves addressed to a human.`,
    "",
    "Held-out rows (the same 1 in 10 by text hash), each scored whole as fetched data:",
    "",
    "| metric | value |",
    "|---|---:|",
    ...Object.entries(taskHeldOut).map(([k, v]) => `| ${k} | ${v} |`),
    "",
    `task-weights.json sha256: \`${sha256(taskWeightsJson)}\``,
    "",
  ].join("\n");
  return { weightsJson, taskWeightsJson, trainingMd: md };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { weightsJson, taskWeightsJson, trainingMd } = trainModel();
  mkdirSync(MODEL_DIR, { recursive: true });
  writeFileSync(path.join(MODEL_DIR, "weights.json"), weightsJson);
  writeFileSync(path.join(MODEL_DIR, "task-weights.json"), taskWeightsJson);
  writeFileSync(path.join(MODEL_DIR, "TRAINING.md"), trainingMd);
  process.stdout.write(`${trainingMd}\n`);
}
