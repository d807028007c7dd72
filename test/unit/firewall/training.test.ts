import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetsDir, datasetsGate } from "../../../scripts/lib/datasets.js";
import { MODEL_DIR, trainModel } from "../../../scripts/train.js";

const gate = datasetsGate();
if (gate === "skip") console.log(`training reproducibility skipped: no datasets at ${datasetsDir()} (set KALGUARD_DATASETS_DIR)`);

describe.skipIf(gate === "skip")("training", () => {
  it("reproduces the committed weights, task detector and training record byte for byte", () => {
    if (gate === "fail") throw new Error(`datasets missing at ${datasetsDir()}: CI must check out shared/ beside the repository`);
    const { weightsJson, taskWeightsJson, trainingMd } = trainModel();
    expect(weightsJson === readFileSync(path.join(MODEL_DIR, "weights.json"), "utf8")).toBe(true);
    expect(taskWeightsJson === readFileSync(path.join(MODEL_DIR, "task-weights.json"), "utf8")).toBe(true);
    expect(trainingMd).toBe(readFileSync(path.join(MODEL_DIR, "TRAINING.md"), "utf8"));
  }, 120_000);
});
