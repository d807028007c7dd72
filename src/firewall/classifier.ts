/**
 * Logistic-regression scorer over hashed features (see features.ts). The weights are a committed data file
 * produced by `npm run train`; loading fails loudly when the file is missing or malformed, so the firewall
 * never silently runs without its statistical layer.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chunks, featureScale, maxFeatures, RepeatLimiter, writeFeatures } from "./features.js";

export interface ModelFile {
  format: "kalguard-logreg-v1";
  dims: number;
  chunkSize: number;
  bias: number;
  /** Dense weights, index = feature bucket. */
  weights: number[];
}

export interface TextClassifier {
  /**
   * Probability that the text is an injection or jailbreak: the maximum over its chunks. A text of more than
   * MAX_CHUNKS chunks is scored on MAX_CHUNKS chunk-sized windows spread evenly over it (first and last
   * included), so the statistical layer costs the same on a 5 MB prompt as on a 75 KB one; the rules still
   * read all of it.
   */
  probability(folded: string): number;
}

/** A classifier of units (chunks, sentences) that can also say which unit it read highest. */
export interface UnitClassifier extends TextClassifier {
  /** The most probable unit and its probability (`p` 0 and `unit` "" for a text with none). */
  mostProbable(folded: string): { p: number; unit: string };
}

/** The prompt classifier, which also says how many chunks it reads (see classifierConfident in index.ts). */
export interface PromptClassifier extends TextClassifier {
  /** How many chunks `probability` reads of a folded view: about its length over the chunk size, at most MAX_CHUNKS. */
  chunkCount(folded: string): number;
}

export const MAX_CHUNKS = 64;

/**
 * Where a model file may be: beside this module when run from source; in the built package (dist/src/firewall/)
 * the models ship under the package's src/firewall/model/ ("files" in package.json), so both are tried, in order.
 */
export function modelCandidates(file: string): readonly string[] {
  return [fileURLToPath(new URL(`./model/${file}`, import.meta.url)), fileURLToPath(new URL(`../../../src/firewall/model/${file}`, import.meta.url))];
}

export const MODEL_CANDIDATES = modelCandidates("weights.json");

export function defaultModelPath(candidates: readonly string[] = MODEL_CANDIDATES): string {
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) throw new Error(`firewall model not found (looked in ${candidates.join(", ")})`);
  return found;
}

export function parseModel(json: unknown): ModelFile {
  const m = json as Partial<ModelFile>;
  const dims = m.dims ?? 0;
  if (
    m.format !== "kalguard-logreg-v1" ||
    !Number.isInteger(dims) ||
    dims <= 0 ||
    (dims & (dims - 1)) !== 0 ||
    !Array.isArray(m.weights) ||
    m.weights.length !== dims ||
    typeof m.bias !== "number" ||
    typeof m.chunkSize !== "number"
  ) {
    throw new Error("firewall model file is malformed");
  }
  return m as ModelFile;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Every chunk of a text of at most MAX_CHUNKS chunks; otherwise MAX_CHUNKS evenly spaced windows starting at word boundaries. */
export function sampledChunks(folded: string, size: number): string[] {
  if (folded.length <= size * MAX_CHUNKS) return chunks(folded, size);
  const out: string[] = [];
  const step = (folded.length - size) / (MAX_CHUNKS - 1);
  for (let k = 0; k < MAX_CHUNKS; k++) {
    let start = Math.floor(k * step);
    // Start at the next word (bounded look-ahead), as a chunk would.
    const limit = Math.min(folded.length - 1, start + 64);
    if (start > 0) {
      let s = start;
      while (s < limit && folded.charCodeAt(s - 1) !== 32 && folded.charCodeAt(s - 1) !== 10) s++;
      if (s < limit) start = s;
    }
    out.push(folded.slice(start, start + size));
  }
  return out;
}

/** The model's probability for one text (a chunk, or a sentence for the task model). */
function createScorer(model: ModelFile): (text: string) => number {
  const weights = Float64Array.from(model.weights);
  // Scored texts are at most chunkSize long, so one bucket buffer serves every text of every call.
  const buckets = new Uint32Array(maxFeatures(model.chunkSize));
  const limiter = new RepeatLimiter(model.dims);
  return (text: string): number => {
    const out = text.length <= model.chunkSize ? buckets : new Uint32Array(maxFeatures(text.length));
    const count = limiter.limit(out, writeFeatures(text, model.dims, out));
    let sum = 0;
    for (let k = 0; k < count; k++) sum += weights[out[k] as number] as number;
    return sigmoid(model.bias + sum * featureScale(count));
  };
}

/**
 * A classifier that cuts a folded view into units with `split` and reports its most probable unit, among the units
 * `judged` accepts (asked with the unit's probability, and only of a unit that would raise the maximum, so a
 * costly test runs rarely).
 */
export function createUnitClassifier(model: ModelFile, split: (folded: string, size: number) => string[], judged?: (unit: string, p: number) => boolean): UnitClassifier {
  const score = createScorer(model);
  const mostProbable = (folded: string): { p: number; unit: string } => {
    let best = { p: 0, unit: "" };
    for (const unit of split(folded, model.chunkSize)) {
      const p = score(unit);
      if (p > best.p && (judged === undefined || judged(unit, p))) best = { p, unit };
    }
    return best;
  };
  return { probability: (folded) => mostProbable(folded).p, mostProbable };
}

export function createClassifier(model: ModelFile): PromptClassifier {
  return {
    ...createUnitClassifier(model, sampledChunks),
    chunkCount: (folded) => Math.min(MAX_CHUNKS, Math.max(1, Math.ceil(folded.length / model.chunkSize))),
  };
}

export function readModel(path: string): ModelFile {
  return parseModel(JSON.parse(readFileSync(path, "utf8")));
}

export function loadClassifier(path: string = defaultModelPath()): PromptClassifier {
  return createClassifier(readModel(path));
}
