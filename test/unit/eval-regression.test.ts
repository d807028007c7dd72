import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFirewall, REDACTION_KINDS } from "../../src/firewall/index.js";
import { datasetsDir, datasetsGate, REPO_ROOT } from "../../scripts/lib/datasets.js";
import { evaluate, formatTable, type EvalResults } from "../../scripts/lib/evaluate.js";

/** Allowed drop before a figure counts as a regression (absolute, on a 0-1 scale). */
const MARGIN = 0.01;
const CLAIMS = JSON.parse(readFileSync(path.join(REPO_ROOT, "src/firewall/model/eval-results.json"), "utf8")) as EvalResults;
const gate = datasetsGate();

if (gate === "skip") console.log(`eval regression skipped: no datasets at ${datasetsDir()} (set KALGUARD_DATASETS_DIR)`);

describe.skipIf(gate === "skip")("evaluation does not regress below the README's claims", () => {
  if (gate === "fail") {
    it("needs the shared datasets in CI", () => {
      throw new Error(`datasets missing at ${datasetsDir()}: CI must check out shared/ beside the repository`);
    });
    return;
  }

  const firewall = createFirewall({ blockThreshold: CLAIMS.threshold, sanitizeThreshold: CLAIMS.sanitizeThreshold, redact: [...REDACTION_KINDS] });
  const current = evaluate(firewall, CLAIMS.threshold, CLAIMS.sanitizeThreshold, ["B"]);

  it("README quotes the committed evaluation table", () => {
    expect(readFileSync(path.join(REPO_ROOT, "README.md"), "utf8")).toContain(formatTable(CLAIMS));
  });

  it.each(CLAIMS.sets.filter((s) => s.pool === "B").map((s) => [s.set, s] as const))("%s", (_name, claim) => {
    const now = current.sets.find((s) => s.set === claim.set);
    expect(now, `set ${claim.set} missing from the evaluation`).toBeDefined();
    if (claim.metric === "fpr") expect(now?.value).toBeLessThanOrEqual(claim.value + MARGIN);
    else expect(now?.value).toBeGreaterThanOrEqual(claim.value - MARGIN);
    // The share flagged (blocked or sanitised) must not fall on an attack set, nor rise on a benign one.
    if (claim.flagged === undefined) return;
    if (claim.kind === "benign") expect(now?.flagged).toBeLessThanOrEqual(claim.flagged + MARGIN);
    else expect(now?.flagged).toBeGreaterThanOrEqual(claim.flagged - MARGIN);
  });

  it("pool B balanced accuracy", () => {
    expect(current.poolB.balancedAccuracy).toBeGreaterThanOrEqual(CLAIMS.poolB.balancedAccuracy - MARGIN);
  });
});
