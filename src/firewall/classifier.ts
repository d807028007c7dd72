/**
 * Logistic-regression scorer over hashed features (see features.ts). The weights are a committed data file
 * produced by `npm run train`; loading fails loudly when the file is missing or malformed, so the firewall
 * never silently runs without its statistical layer.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chunks, featureScale, forEachFeature } from "./features.js";

export interface ModelFile {
  format: "kalguard-logreg-v1";
  dims: number;
  chunkSize: number;
  bias: number;
  /** Dense weights, index = feature bucket. */
  weights: number[];
}

export interface TextClassifier {
  /** Probability that the text is an injection or jailbreak: the maximum over its chunks. */
  probability(folded: string): number;
}

/**
 * Beside this module when run from source; in the built package (dist/src/firewall/) the model ships under the
 * package's src/firewall/model/ ("files" in package.json), so both locations are tried, in that order.
 */
export const MODEL_CANDIDATES: readonly string[] = [
  fileURLToPath(new URL("./model/weights.json", import.meta.url)),
  fileURLToPath(new URL("../../../src/firewall/model/weights.json", import.meta.url)),
];

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

export function createClassifier(model: ModelFile): TextClassifier {
  const weights = Float64Array.from(model.weights);
  const score = (text: string): number => {
    let sum = 0;
    let count = 0;
    forEachFeature(text, model.dims, (b) => {
      sum += weights[b] as number;
      count++;
    });
    return sigmoid(model.bias + sum * featureScale(count));
  };
  return {
    probability(folded: string): number {
      let best = 0;
      for (const chunk of chunks(folded, model.chunkSize)) best = Math.max(best, score(chunk));
      return best;
    },
  };
}

export function loadClassifier(path: string = defaultModelPath()): TextClassifier {
  return createClassifier(parseModel(JSON.parse(readFileSync(path, "utf8"))));
}
