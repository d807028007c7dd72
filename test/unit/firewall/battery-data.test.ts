import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { batteryRows } from "../../../scripts/lib/augment.js";
import { LICENCES, datasetsDir, datasetsGate, readRows } from "../../../scripts/lib/datasets.js";

/** Case, punctuation and spacing folded, so a copied row cannot hide behind a changed comma. */
const fold = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

const gate = datasetsGate();
if (gate === "skip") console.log(`battery decontamination skipped: no datasets at ${datasetsDir()} (set KALGUARD_DATASETS_DIR)`);

describe("the battery prompts the classifier trains on", () => {
  it("are labelled attacks and benign twins, both present", () => {
    const rows = batteryRows();
    expect(rows.filter((r) => r.label === "injection").length).toBeGreaterThan(500);
    expect(rows.filter((r) => r.label === "benign").length).toBeGreaterThan(500);
  });

  it("refuses a row without a known label, naming its line", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kalguard-battery-")), "rows.jsonl");
    writeFileSync(file, `{"text": "fine", "label": "benign"}\n{"text": "bad", "label": "maybe"}\n`);
    expect(() => batteryRows(file)).toThrow(`${file}:2:`);
  });

  it("refuses a line that is not JSON, naming its line", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kalguard-battery-")), "rows.jsonl");
    writeFileSync(file, `{"text": "fine", "label": "benign"}\n\n{"text": "cut off", "label"\n`);
    expect(() => batteryRows(file)).toThrow(`${file}:3: not a JSON object`);
  });

  it.skipIf(gate === "skip")("hold no row of any shared data set, folded", () => {
    if (gate === "fail") throw new Error(`datasets missing at ${datasetsDir()}: CI must check out shared/ beside the repository`);
    const shared = new Set(Object.keys(LICENCES).flatMap((set) => readRows(set).map((r) => fold(r.text))));
    expect(batteryRows().filter((r) => shared.has(fold(r.text))).map((r) => r.text)).toEqual([]);
  });
});
