/**
 * Scores the firewall at the default block threshold on every shared dataset, prints the table and writes
 * src/firewall/model/eval-results.json (the figures the README and the regression test quote).
 *
 *   npm run eval            (KALGUARD_DATASETS_DIR overrides ../shared/datasets)
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createFirewall, REDACTION_KINDS } from "../src/firewall/index.js";
import { datasetsAvailable, datasetsDir, REPO_ROOT } from "./lib/datasets.js";
import { evaluate, formatTable } from "./lib/evaluate.js";

export const DEFAULT_BLOCK_THRESHOLD = 70;
export const DEFAULT_SANITIZE_THRESHOLD = 50;

if (!datasetsAvailable()) {
  process.stderr.write(`datasets not found at ${datasetsDir()} (set KALGUARD_DATASETS_DIR)\n`);
  process.exit(2);
}
const firewall = createFirewall({ blockThreshold: DEFAULT_BLOCK_THRESHOLD, sanitizeThreshold: DEFAULT_SANITIZE_THRESHOLD, redact: [...REDACTION_KINDS] });
const results = evaluate(firewall, DEFAULT_BLOCK_THRESHOLD, DEFAULT_SANITIZE_THRESHOLD);
process.stdout.write(`Firewall evaluation at block threshold ${DEFAULT_BLOCK_THRESHOLD} (flagged: sanitize threshold ${DEFAULT_SANITIZE_THRESHOLD})\n\n${formatTable(results)}\n`);
writeFileSync(path.join(REPO_ROOT, "src/firewall/model/eval-results.json"), `${JSON.stringify(results, null, 2)}\n`);
