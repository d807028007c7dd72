/**
 * Access to the shared evaluation data (`../shared/datasets` beside the repository, or
 * KALGUARD_DATASETS_DIR). Knows which sets are permissively licensed and which pool each row belongs to.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface Row {
  text: string;
  label: "injection" | "jailbreak" | "benign";
  source: string;
  /** For a generated row built on a training row's prose: that prose (cross-validation folds it with its host). */
  host?: string;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function datasetsDir(): string {
  return process.env.KALGUARD_DATASETS_DIR ?? path.resolve(REPO_ROOT, "../shared/datasets");
}

export function datasetsAvailable(): boolean {
  return existsSync(path.join(datasetsDir(), "README.md"));
}

/** Licence of every set, from the datasets README; only permissive ones may train a shipped model. */
export const LICENCES: Readonly<Record<string, string>> = {
  "deepset-prompt-injections": "Apache-2.0",
  "verazuo-jailbreak-llms": "MIT",
  "tensor-trust": "unspecified",
  "bipia-email-indirect": "MIT",
  notinject: "MIT",
  "wildguard-benign": "ODC-BY-1.0",
  "pint-example": "MIT",
  "awesome-chatgpt-prompts": "CC0-1.0",
  gpteacher: "MIT",
  "instruction-prompts": "Apache-2.0",
  gsm8k: "MIT",
};
const PERMISSIVE = new Set(["Apache-2.0", "MIT", "CC0-1.0", "ODC-BY-1.0"]);

/** Pool A (training): whole sets, plus the `:train` split of deepset. */
export const POOL_A_SETS = ["deepset-prompt-injections", "verazuo-jailbreak-llms", "gpteacher", "awesome-chatgpt-prompts", "instruction-prompts"] as const;

export function isPermissive(set: string): boolean {
  return PERMISSIVE.has(LICENCES[set] ?? "");
}

export function datasetFile(set: string): string {
  return path.join(datasetsDir(), set, `${set}.jsonl`);
}

export function readRows(set: string): Row[] {
  return readFileSync(datasetFile(set), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
}

export function sha256File(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export function isPositive(row: Row): boolean {
  return row.label !== "benign";
}

/** Pool A rows of one set: deepset contributes only its train split. */
export function poolARows(set: (typeof POOL_A_SETS)[number]): Row[] {
  if (!isPermissive(set)) throw new Error(`refusing to train on ${set}: licence ${LICENCES[set] ?? "unknown"}`);
  const rows = readRows(set);
  return set === "deepset-prompt-injections" ? rows.filter((r) => r.source.endsWith(":train")) : rows;
}

/**
 * What a dataset-backed test should do: run when the data is there; fail in CI (where the data must be
 * checked out beside the repository); otherwise skip with one clear line.
 */
export function datasetsGate(): "run" | "skip" | "fail" {
  if (datasetsAvailable()) return "run";
  return process.env.CI ? "fail" : "skip";
}
