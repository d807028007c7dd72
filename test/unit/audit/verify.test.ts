import { cpSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logFiles, openSink, runAuditCli, runAuditInProcess, tempDir } from "./support.js";

const HMAC_KEY = "an-audit-hmac-key-of-at-least-32-bytes!";
let root: string;
let plainLog: string;
let hmacLog: string;
let copies = 0;

/** Writes `count` decisions a few per tick, so pino-roll rotates between batches. */
async function buildLog(dir: string, hmacKey?: string): Promise<void> {
  const sink = await openSink(join(dir, "audit.jsonl"), { maxSize: "4k", ...(hmacKey ? { hmacKey } : {}) });
  for (let i = 0; i < 150; i += 5) {
    await Promise.all([0, 1, 2, 3, 4].map((j) => sink.append({ type: "decision", requestId: `req_${i + j}`, decision: "allow", agentId: "agent-1" })));
  }
  await sink.close();
}

beforeAll(async () => {
  root = await tempDir();
  plainLog = join(root, "plain");
  hmacLog = join(root, "hmac");
  await buildLog(plainLog);
  await buildLog(hmacLog, HMAC_KEY);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A private copy of the plain log and its files in numbering order. */
async function copyOfLog(source = plainLog): Promise<{ dir: string; files: string[] }> {
  const dir = join(root, `copy-${++copies}`);
  cpSync(source, dir, { recursive: true });
  return { dir, files: await logFiles(dir) };
}

function lines(file: string): string[] {
  return readFileSync(file, "utf8").split("\n").slice(0, -1);
}

/** How many records the files hold: one per complete line. */
function recordCount(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + lines(file).length, 0);
}

function writeLines(file: string, content: string[]): void {
  writeFileSync(file, content.map((line) => `${line}\n`).join(""));
}

describe("audit verify", () => {
  it("passes an intact rotated log with a one-line summary", async () => {
    const { dir, files } = await copyOfLog();
    expect(files.length).toBeGreaterThanOrEqual(4);
    const result = await runAuditCli(["verify", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    const count = recordCount(files);
    expect(result.stdout).toBe(
      `audit log intact: ${count} records, seq 1..${count}, ${files.length} file(s) audit.1.jsonl..audit.${files.length}.jsonl, sha256 chain, head ${JSON.parse(lines(files.at(-1)!).at(-1)!).hash}\n`,
    );
  });

  it("detects one edited field at its file and line", async () => {
    const { dir, files } = await copyOfLog();
    const content = lines(files[1]!);
    content[4] = content[4]!.replace('"decision":"allow"', '"decision":"deny"');
    writeLines(files[1]!, content);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN at ${files[1]} line 5: content does not match its hash`);
  });

  it("detects a deleted line at the record that follows the gap", async () => {
    const { dir, files } = await copyOfLog();
    const content = lines(files[1]!);
    content.splice(4, 1);
    writeLines(files[1]!, content);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`BROKEN at ${files[1]} line 5: seq \\d+ after seq \\d+: 1 record missing or out of order`));
  });

  it("detects two swapped lines at the first of them", async () => {
    const { dir, files } = await copyOfLog();
    const content = lines(files[1]!);
    [content[4], content[5]] = [content[5]!, content[4]!];
    writeLines(files[1]!, content);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`BROKEN at ${files[1]} line 5: seq \\d+ after seq \\d+: 1 record missing or out of order`));
  });

  it("detects a duplicated record inserted into the log", async () => {
    const { dir, files } = await copyOfLog();
    const content = lines(files[1]!);
    content.splice(6, 0, content[2]!);
    writeLines(files[1]!, content);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`BROKEN at ${files[1]} line 7: .*reordered or duplicated`));
  });

  it("detects a line that is not a record", async () => {
    const { dir, files } = await copyOfLog();
    const content = lines(files[2]!);
    content.splice(1, 0, "hello");
    writeLines(files[2]!, content);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN at ${files[2]} line 2: line is not valid JSON`);
  });

  it("detects a file removed from the middle at the first record of the next file", async () => {
    const { dir, files } = await copyOfLog();
    rmSync(files[1]!);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`BROKEN at ${files[2]} line 1: seq \\d+ after seq \\d+: \\d+ records missing or out of order \\(files numbered 2\\.\\.2 are missing\\)`));
  });

  it("reports a torn final line as a crash's leftover, not as tampering", async () => {
    const { dir, files } = await copyOfLog();
    const last = files.at(-1)!;
    const count = recordCount(files);
    const content = lines(last);
    writeFileSync(last, `${content.map((line) => `${line}\n`).join("")}${content.at(-1)!.slice(0, 40)}`);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`torn line at ${last} line ${content.length + 1}: 40 bytes of an interrupted write`);
    expect(result.stdout).toContain(`audit log intact: ${count} records`);
  });

  it("treats a middle file's last record cut short as tampering: the next file does not link to what remains", async () => {
    const { dir, files } = await copyOfLog();
    const size = readFileSync(files[1]!).length;
    truncateSync(files[1]!, size - 30);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN at ${files[2]} line 1`);
  });

  it("detects records cut from the start of the oldest file, which rotation never does", async () => {
    const { dir, files } = await copyOfLog();
    rmSync(files[0]!);
    writeLines(files[1]!, lines(files[1]!).slice(3));
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN at ${files[1]} line 1: the file does not start with its header record`);
  });

  it("passes when whole oldest files were removed, as rotation does, and says so", async () => {
    const { dir, files } = await copyOfLog();
    rmSync(files[0]!);
    rmSync(files[1]!);
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/older records rotated away/);
  });

  it("detects two files swapped by renaming", async () => {
    const { dir, files } = await copyOfLog();
    cpSync(files[1]!, join(dir, "swap"));
    cpSync(files[2]!, files[1]!);
    cpSync(join(dir, "swap"), files[2]!);
    rmSync(join(dir, "swap"));
    const result = await runAuditInProcess(["verify", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`BROKEN at ${files[1]} line 1`);
  });

  it("checks an HMAC chain with KALGUARD_AUDIT_HMAC_KEY, and fails it without or with another key", async () => {
    const { dir } = await copyOfLog(hmacLog);
    const withKey = await runAuditInProcess(["verify", dir], { KALGUARD_AUDIT_HMAC_KEY: HMAC_KEY });
    expect(withKey.code).toBe(0);
    expect(withKey.stdout).toMatch(/hmac-sha256 chain/);
    const withoutKey = await runAuditInProcess(["verify", dir]);
    expect(withoutKey.code).toBe(1);
    expect(withoutKey.stdout).toMatch(/line 1: content does not match.*set it for verify too/);
    const otherKey = await runAuditInProcess(["verify", dir], { KALGUARD_AUDIT_HMAC_KEY: `${HMAC_KEY}-other` });
    expect(otherKey.code).toBe(1);
  });

  it("accepts the configured log path or a single file", async () => {
    const { dir, files } = await copyOfLog();
    const configured = await runAuditInProcess(["verify", join(dir, "audit.jsonl")]);
    expect(configured.code).toBe(0);
    expect(configured.stdout).toContain(`${recordCount(files)} records`);
    const single = await runAuditInProcess(["verify", files[2]!]);
    expect(single.code).toBe(0);
    expect(single.stdout).toMatch(/older records rotated away/);
  });

  it("as `kalguard-sidecar audit`, exits 1 on a broken log and 2 on a usage error", async () => {
    const { dir, files } = await copyOfLog();
    writeLines(files[0]!, lines(files[0]!).slice(1));
    const broken = await runAuditCli(["verify", dir]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at ${files[0]} line 1: the file does not start with its header record`);
    expect((await runAuditCli(["verify", dir, "--bogus"])).code).toBe(2);
  });

  it("answers usage errors and unreadable paths with exit 2", async () => {
    expect((await runAuditInProcess([])).code).toBe(2);
    expect((await runAuditInProcess(["verify"])).code).toBe(2);
    expect((await runAuditInProcess(["verify", plainLog, "--json"])).code).toBe(2);
    expect((await runAuditInProcess(["check", plainLog])).code).toBe(2);
    const missing = await runAuditInProcess(["verify", join(root, "nowhere", "audit.jsonl")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const shortKey = await runAuditInProcess(["verify", plainLog], { KALGUARD_AUDIT_HMAC_KEY: "short" });
    expect(shortKey.code).toBe(2);
    const help = await runAuditInProcess(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: kalguard-sidecar audit verify/);
  });
});
