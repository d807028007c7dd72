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
 * one a line: two commits' lists compared name the documents a change moved. `--paragraphs` reads every paragraph of
 * the documents instead (80 to 700 characters between blank lines, each text once), alone as fetched data: the
 * short texts an agent fetches (a snippet, a comment, a short mail) are where a check that needs context has least.
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
const byParagraph = process.argv.includes("--paragraphs");
const [dirArg, namesArg] = process.argv.slice(2).filter((a) => a !== "--blocked" && a !== "--paragraphs");
const dir = dirArg ?? "/usr/share/doc";
const names = namesArg === undefined ? NAME : new RegExp(namesArg);
const firewall = createFirewall({ blockThreshold: 70, sanitizeThreshold: 50, redact: [...REDACTION_KINDS] });
const kinds = new Map<string, { docs: number; blocked: number }>();
const combos = new Map<string, number>();
let pastedBlocked = 0;

/** A document's first MAX_CHARS characters, or undefined when it cannot be read or is shorter than MIN_CHARS. */
function documentText(path: string): string | undefined {
  try {
    const raw = readFileSync(path);
    const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8").slice(0, MAX_CHARS);
    return text.trim().length < MIN_CHARS ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Paragraphs (--paragraphs): between blank lines, of prose length, with at least two words. */
const PARAGRAPH_CHARS = { min: 80, max: 700 };
const PROSE = /[a-z]{4,} [a-z]{4,}/;

/** What is read, as [where it comes from, text, kind]: each document, or each paragraph of them once. */
function* texts(): Generator<[string, string, string]> {
  const seen = new Set<string>();
  for (const path of documents(dir, names)) {
    const text = documentText(path);
    if (text === undefined) continue;
    if (!byParagraph) {
      yield [path, text, kindOf(path)];
      continue;
    }
    for (const raw of text.split(/\n\s*\n/)) {
      const paragraph = raw.trim();
      if (paragraph.length < PARAGRAPH_CHARS.min || paragraph.length > PARAGRAPH_CHARS.max || !PROSE.test(paragraph) || seen.has(paragraph)) continue;
      seen.add(paragraph);
      yield [path, paragraph, "paragraph"];
    }
  }
}

for (const [path, text, kindName] of texts()) {
  const verdict = firewall.check([{ role: "user", content: "Summarize this file." }, { role: "tool", content: text }]);
  if (!byParagraph && firewall.check([{ role: "user", content: `Summarize this file.\n\n${text}` }]).blocked) pastedBlocked++;
  const kind = kinds.get(kindName) ?? { docs: 0, blocked: 0 };
  kind.docs++;
  if (verdict.blocked) {
    if (listBlocked) console.log(`blocked ${verdict.riskScore} ${path} ${verdict.findings.map((f) => `${f.ruleId}:${f.score}`).join(" ")}`);
    kind.blocked++;
    const key = [...new Set(verdict.findings.map((f) => f.ruleId))].sort().join(" + ");
    combos.set(key, (combos.get(key) ?? 0) + 1);
  }
  kinds.set(kindName, kind);
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
if (!byParagraph) console.log(`\npasted into the user's prompt instead: ${pastedBlocked} of ${docs} blocked (${((100 * pastedBlocked) / Math.max(1, docs)).toFixed(1)} %)`);
