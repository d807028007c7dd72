import { appendFileSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuditLogCorruptError } from "../../../src/audit/chain-tail.js";
import { AuditUnavailableError } from "../../../src/audit/types.js";
import type { FileAuditSink } from "../../../src/audit/file-sink.js";
import { canMountTmpfs, fillFilesystem, logFiles, mountTinyTmpfs, openSink, readRecords, runAuditInProcess, tempDir, unmountTmpfs } from "./support.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshLog(): Promise<{ dir: string; path: string }> {
  const dir = await tempDir();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return { dir, path: join(dir, "log", "audit.jsonl") };
}

function track(sink: FileAuditSink): FileAuditSink {
  cleanups.push(() => sink.close());
  return sink;
}

async function appendDecisions(sink: FileAuditSink, from: number, count: number, perTick = 25): Promise<void> {
  for (let i = from; i < from + count; i += perTick) {
    const batch = [];
    for (let j = i; j < Math.min(i + perTick, from + count); j++) {
      batch.push(sink.append({ type: "decision", requestId: `req_${j}`, agentId: "agent-1", action: "tool:execute", tool: "get_weather", decision: "allow" }));
    }
    await Promise.all(batch);
  }
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("file audit sink: records and files", () => {
  it("writes one JSON line per event with time, seq, chain hashes and the event's fields", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path));
    await sink.append({
      type: "decision",
      requestId: "req_abc",
      clientRequestId: "client-1",
      agentId: "agent-1",
      action: "prompt:check",
      decision: "deny",
      reason: "injection.instruction_override",
      ruleId: "deny-injection",
      errorCode: "PROMPT_BLOCKED",
      riskScore: 92,
      findings: [{ ruleId: "injection.instruction_override", category: "injection", messageIndex: 0, score: 92 }],
      promptHash: "sha256:1234",
      policyHash: "sha256:abcd",
      durationMs: 1.5,
    });
    const records = await readRecords(join(path, ".."));
    const record = records.find((r) => r.requestId === "req_abc");
    expect(record).toMatchObject({
      v: 1,
      type: "decision",
      clientRequestId: "client-1",
      agentId: "agent-1",
      decision: "deny",
      ruleId: "deny-injection",
      riskScore: 92,
      promptHash: "sha256:1234",
      policyHash: "sha256:abcd",
      prevHash: records[records.indexOf(record!) - 1]!.hash,
    });
    expect(record!.seq).toBe(records.indexOf(record!) + 1);
    expect(Date.parse(record!.time as string)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("creates the directory 0700 and every log file 0600", async () => {
    const { dir, path } = await freshLog();
    const sink = track(await openSink(path, { maxSize: "2k" }));
    await appendDecisions(sink, 0, 100);
    expect(statSync(join(dir, "log")).mode & 0o777).toBe(0o700);
    const files = await logFiles(join(dir, "log"));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("never stores prompt text unless prompts are opted in", async () => {
    const prompt = [{ role: "user" as const, content: "my card is [REDACTED:credit_card]" }];
    const off = await freshLog();
    const quiet = track(await openSink(off.path));
    await quiet.append({ type: "decision", requestId: "req_1", promptHash: "h", prompt });
    expect(readFileSync((await logFiles(join(off.path, "..")))[0]!, "utf8")).not.toContain("REDACTED");

    const on = await freshLog();
    const storing = track(await openSink(on.path, { storePrompts: true }));
    await storing.append({ type: "decision", requestId: "req_1", promptHash: "h", prompt });
    const records = await readRecords(join(on.path, ".."));
    expect(records.find((r) => r.requestId === "req_1")?.prompt).toEqual(prompt);
  });

  it("resolves an append only once its record is in the file", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path));
    await sink.append({ type: "decision", requestId: "req_visible" });
    const [file] = await logFiles(join(path, ".."));
    expect(readFileSync(file!, "utf8")).toContain('"requestId":"req_visible"');
  });
});

describe("file audit sink: rotation", () => {
  it("rotates by size into numbered files whose order is the chain's order", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path, { maxSize: "8k" }));
    await appendDecisions(sink, 0, 1500);
    await sink.close();
    const dir = join(path, "..");
    const files = await logFiles(dir);
    expect(files.length).toBeGreaterThan(10);
    const records = await readRecords(dir);
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i + 1));
    const ids = records.filter((r) => r.type === "decision").map((r) => r.requestId);
    expect(ids).toEqual(Array.from({ length: 1500 }, (_, i) => `req_${i}`));
    const verify = await runAuditInProcess(["verify", dir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`intact: ${records.length} records`);
    expect(records.filter((r) => r.action === "audit.file")).toHaveLength(files.length);
  });

  it("keeps only the configured number of files, and what remains still verifies", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path, { maxSize: "4k", maxFiles: 3 }));
    await appendDecisions(sink, 0, 600);
    await sink.close();
    const dir = join(path, "..");
    const files = await logFiles(dir);
    expect(files.length).toBeLessThanOrEqual(3);
    const verify = await runAuditInProcess(["verify", dir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/older records rotated away/);
  });

  it("rotates on a time schedule", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path, { frequency: "250" }));
    await sink.append({ type: "decision", requestId: "req_early" });
    await new Promise((resolve) => setTimeout(resolve, 700));
    await sink.append({ type: "decision", requestId: "req_late" });
    const files = await logFiles(join(path, ".."));
    const holding = (id: string) => files.findIndex((file) => readFileSync(file, "utf8").includes(`"${id}"`));
    expect(holding("req_late")).toBeGreaterThan(holding("req_early"));
  });
});

describe("file audit sink: restarts", () => {
  it("continues the chain across a restart, in a new file", async () => {
    const { path } = await freshLog();
    const dir = join(path, "..");
    const first = await openSink(path);
    await appendDecisions(first, 0, 5);
    await first.close();
    const lastBefore = (await readRecords(dir)).at(-1)!;
    const second = await openSink(path);
    await appendDecisions(second, 5, 5);
    await second.close();
    const records = await readRecords(dir);
    const firstAfter = records[records.indexOf(records.find((r) => r.hash === lastBefore.hash)!) + 1]!;
    expect(firstAfter).toMatchObject({ seq: lastBefore.seq + 1, prevHash: lastBefore.hash, action: "audit.file", detail: { number: 2 } });
    expect(records[records.indexOf(firstAfter) + 1]).toMatchObject({ action: "audit.open" });
    expect((await logFiles(dir)).length).toBe(2);
    expect((await runAuditInProcess(["verify", dir])).code).toBe(0);
  });

  it("after a crash left a torn line, continues from the last complete record and verify names the torn line", async () => {
    const { path } = await freshLog();
    const dir = join(path, "..");
    const first = await openSink(path);
    await appendDecisions(first, 0, 5);
    await first.close();
    const [file] = await logFiles(dir);
    const lines = readFileSync(file!, "utf8").split("\n").length - 1;
    appendFileSync(file!, '{"v":1,"time":"2026-01-01T00:00:00.000Z","type":"decision","requ');
    const second = await openSink(path);
    await appendDecisions(second, 5, 5);
    await second.close();
    const verify = await runAuditInProcess(["verify", dir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`torn line at ${file} line ${lines + 1}`);
    expect(verify.stdout).toMatch(/intact/);
  });

  it("refuses to open when the newest record was tampered with", async () => {
    const { path } = await freshLog();
    const sink = await openSink(path);
    await appendDecisions(sink, 0, 3);
    await sink.close();
    const [file] = await logFiles(join(path, ".."));
    writeFileSync(file!, readFileSync(file!, "utf8").replace(/"pid":\d+}(?=[^\n]*\n$)/, '"pid":1}'));
    await expect(openSink(path)).rejects.toBeInstanceOf(AuditLogCorruptError);
  });
});

describe("file audit sink: fail closed", () => {
  it("rejects appends while its directory is gone, says so in health(), and recovers by itself", async () => {
    const { path } = await freshLog();
    const dir = join(path, "..");
    const sink = track(await openSink(path));
    await appendDecisions(sink, 0, 3);
    rmSync(dir, { recursive: true });
    await expect(sink.append({ type: "decision", requestId: "req_lost" })).rejects.toBeInstanceOf(AuditUnavailableError);
    const health = sink.health();
    expect(health.ok).toBe(false);
    expect(!health.ok && health.reason).toMatch(/deleted/);
    await until(() => sink.health().ok);
    await sink.append({ type: "decision", requestId: "req_after" });
    const records = await readRecords(dir);
    expect(records.map((r) => r.action ?? r.requestId)).toEqual(["audit.file", "audit.recovered", "req_after"]);
    expect(records[1]!.detail).toMatchObject({ rejectedAppends: 1 });
    expect(JSON.stringify(records)).not.toContain("req_lost");
  });

  it("reports a log file deleted while idle in health() before any decision needs it", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path, { retryIntervalMs: 60_000 }));
    expect(sink.health()).toEqual({ ok: true });
    for (const file of await logFiles(join(path, ".."))) rmSync(file);
    expect(sink.health()).toMatchObject({ ok: false, reason: expect.stringMatching(/deleted/) });
    await expect(sink.append({ type: "decision" })).rejects.toBeInstanceOf(AuditUnavailableError);
  });

  it("with flush `interval`, resolves appends once written and makes them durable on flush()", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path, { flush: "interval", flushIntervalMs: 20 }));
    await appendDecisions(sink, 0, 50);
    await sink.flush();
    const ids = (await readRecords(join(path, ".."))).filter((r) => r.type === "decision").map((r) => r.requestId);
    expect(ids).toHaveLength(50);
  });

  it("writes everything appended before flush() and close(), and refuses appends after", async () => {
    const { path } = await freshLog();
    const sink = await openSink(path, { maxSize: "16k" });
    const pending = Array.from({ length: 1000 }, (_, i) => sink.append({ type: "decision", requestId: `req_${i}` }));
    await sink.flush();
    await sink.close();
    await Promise.all(pending);
    await expect(sink.append({ type: "decision" })).rejects.toBeInstanceOf(AuditUnavailableError);
    const records = await readRecords(join(path, ".."));
    expect(records.filter((r) => r.type === "decision")).toHaveLength(1000);
    expect(records.at(-1)).toMatchObject({ type: "lifecycle", action: "audit.close" });
  });
});

describe.skipIf(!canMountTmpfs())("file audit sink on a full filesystem (64 KiB tmpfs)", () => {
  /** A sink on a fresh 64 KiB tmpfs (unmounted after the test) holding ten decisions, then the disk filled. */
  async function fullDiskAfterTenDecisions(): Promise<{ dir: string; sink: FileAuditSink; filler: string }> {
    const mountPoint = await mountTinyTmpfs();
    cleanups.push(() => unmountTmpfs(mountPoint));
    const dir = join(mountPoint, "audit");
    const sink = track(await openSink(join(dir, "audit.jsonl"), { retryIntervalMs: 30 }));
    await appendDecisions(sink, 0, 10);
    return { dir, sink, filler: fillFilesystem(mountPoint) };
  }

  /** Frees the space, waits for the sink to recover by itself, records one more decision and closes. */
  async function freeSpaceAndResume(sink: FileAuditSink, filler: string): Promise<void> {
    rmSync(filler);
    await until(() => sink.health().ok);
    await sink.append({ type: "decision", requestId: "req_resumed" });
    await sink.close();
  }

  it("rejects appends when the disk is full, reports why, and resumes when space returns", async () => {
    const { dir, sink, filler } = await fullDiskAfterTenDecisions();
    const refused = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => sink.append({ type: "decision", requestId: `req_full_${i}` })));
    expect(refused.some((r) => r.status === "rejected" && r.reason instanceof AuditUnavailableError)).toBe(true);
    const health = sink.health();
    expect(!health.ok && health.reason).toMatch(/ENOSPC|no space/i);

    await freeSpaceAndResume(sink, filler);
    const records = await readRecords(dir).catch(() => []);
    expect(records.some((r) => r.requestId === "req_resumed")).toBe(true);
    expect(records.some((r) => r.action === "audit.recovered")).toBe(true);
    const verify = await runAuditInProcess(["verify", dir]);
    expect(verify.code).toBe(0);
  });

  it("continues the chain after the last record of a batch that only partly fit on the disk", async () => {
    const { dir, sink, filler } = await fullDiskAfterTenDecisions();
    // Two pages free: room for some, not all, of the batch below, which goes out in one write.
    truncateSync(filler, statSync(filler).size - 8192);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 80 }, (_, i) => sink.append({ type: "decision", requestId: `req_part_${i}`, agentId: "agent-1", decision: "allow" })),
    );
    expect(outcomes.every((outcome) => outcome.status === "rejected")).toBe(true);
    const landed = (await readRecords(dir)).filter((r) => String(r.requestId).startsWith("req_part_"));
    expect(landed.length).toBeGreaterThan(0);
    expect(landed.length).toBeLessThan(80);

    await freeSpaceAndResume(sink, filler);
    const verify = await runAuditInProcess(["verify", dir]);
    expect(verify.code).toBe(0);
  });
});

describe("file audit sink: the log must be readable to start", () => {
  it("starts a fresh chain in an empty directory", async () => {
    const { path } = await freshLog();
    const sink = track(await openSink(path));
    await sink.flush();
    const [header, opened] = await readRecords(join(path, ".."));
    expect(header).toMatchObject({ seq: 1, action: "audit.file", detail: { file: "audit.1.jsonl", number: 1 } });
    expect(opened).toMatchObject({ seq: 2, action: "audit.open" });
    expect(await readFile((await logFiles(join(path, "..")))[0]!, "utf8")).toMatch(/^\{"v":1,/);
  });
});
