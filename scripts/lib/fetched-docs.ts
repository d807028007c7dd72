/**
 * False blocks on real technical documents read as fetched data (numbers, never assertions): every README, NEWS
 * and changelog (plain or gzipped, under 200 KB) below a directory, by default the machine's /usr/share/doc, its
 * first 20,000 characters sent the way an agent reading a file would (a user request, then the text as a `tool`
 * message). Prints the share blocked per kind of document and which findings the blocked ones carry, and then
 * the share blocked when the same text is pasted into the user's own prompt. The documents are the machine's own,
 * so the figures are for this machine's packages; nothing here is trained on.
 *
 *   node --import tsx scripts/lib/fetched-docs.ts [DIR] [FILE-NAME-REGEX] [--blocked]
 *
 * With a file-name pattern ('\.py$'), the files it names are read instead of the documents: source code, as a
 * coding agent reads it. `--blocked` also prints every document blocked as fetched data, with its score and findings,
 * one a line: two commits' lists compared name the documents a change moved.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createFirewall, REDACTION_KINDS } from "../../src/firewall/index.js";

const MAX_BYTES = 200 * 1024;
const MAX_CHARS = 20_000;
const MIN_CHARS = 200;
const NAME = /^(?:README|NEWS|changelog)[^/]*$|\.(?:txt|md)$/i;

function documents(dir: string, names: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...documents(path, names));
    else if (entry.isFile() && names.test(entry.name) && statSync(path).size <= MAX_BYTES) out.push(path);
  }
  return out;
}

function kindOf(path: string): string {
  return /changelog/i.test(path) ? "changelog" : /NEWS/.test(path) ? "NEWS" : "README and other text";
}

const listBlocked = process.argv.includes("--blocked");
const [dirArg, namesArg] = process.argv.slice(2).filter((a) => a !== "--blocked");
const dir = dirArg ?? "/usr/share/doc";
const names = namesArg === undefined ? NAME : new RegExp(namesArg);
const firewall = createFirewall({ blockThreshold: 70, sanitizeThreshold: 50, redact: [...REDACTION_KINDS] });
const kinds = new Map<string, { docs: number; blocked: number }>();
const combos = new Map<string, number>();
let pastedBlocked = 0;
for (const path of documents(dir, names)) {
  let text: string;
  try {
    const raw = readFileSync(path);
    text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8").slice(0, MAX_CHARS);
  } catch {
    continue;
  }
  if (text.trim().length < MIN_CHARS) continue;
  const verdict = firewall.check([{ role: "user", content: "Summarize this file." }, { role: "tool", content: text }]);
  if (firewall.check([{ role: "user", content: `Summarize this file.\n\n${text}` }]).blocked) pastedBlocked++;
  const kind = kinds.get(kindOf(path)) ?? { docs: 0, blocked: 0 };
  kind.docs++;
  if (verdict.blocked) {
    if (listBlocked) console.log(`blocked ${verdict.riskScore} ${path} ${verdict.findings.map((f) => `${f.ruleId}:${f.score}`).join(" ")}`);
    kind.blocked++;
    const key = [...new Set(verdict.findings.map((f) => f.ruleId))].sort().join(" + ");
    combos.set(key, (combos.get(key) ?? 0) + 1);
  }
  kinds.set(kindOf(path), kind);
}
let docs = 0;
let blocked = 0;
for (const [name, k] of kinds) {
  docs += k.docs;
  blocked += k.blocked;
  console.log(`${name.padEnd(22)} ${String(k.blocked).padStart(5)} of ${String(k.docs).padStart(5)} blocked (${((100 * k.blocked) / k.docs).toFixed(1)} %)`);
}
console.log(`${"all".padEnd(22)} ${String(blocked).padStart(5)} of ${String(docs).padStart(5)} blocked (${((100 * blocked) / Math.max(1, docs)).toFixed(1)} %)`);
console.log("\nfindings of the blocked documents (most frequent first):");
for (const [key, n] of [...combos].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${String(n).padStart(5)}  ${key}`);
console.log(`\npasted into the user's prompt instead: ${pastedBlocked} of ${docs} blocked (${((100 * pastedBlocked) / Math.max(1, docs)).toFixed(1)} %)`);
