/**
 * The file audit sink alone: CPU microseconds per record, 64 appends in flight at a time as at 64 connections,
 * for both flush modes. Run with `node --import tsx bench/audit-sink.ts [records]`; it prints, never asserts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileAuditSink } from "../src/audit/file-sink.js";
import type { AuditEvent } from "../src/audit/types.js";

const IN_FLIGHT = 64;
const RUNS = 3;

/** A decision record shaped like the prompt check's, with a prompt the sink must leave out. */
function decision(i: number): AuditEvent {
  return {
    type: "decision",
    requestId: `req_${i.toString(36).padStart(12, "0")}`,
    clientRequestId: `client-${i}`,
    agentId: "agent-1",
    action: "prompt:check",
    decision: "allow",
    status: 200,
    riskScore: 3,
    findings: [{ ruleId: "injection.ignore_previous", category: "prompt_injection", messageIndex: 0, score: 3 }],
    promptHash: `sha256:${"a".repeat(64)}`,
    policyHash: `sha256:${"b".repeat(64)}`,
    durationMs: 0.42,
    prompt: [{ role: "user", content: "hello ".repeat(170) }],
  };
}

async function cpuPerRecord(flush: "every" | "interval", records: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "kalguard-audit-bench-"));
  try {
    const sink = await FileAuditSink.open({
      path: join(dir, "audit.jsonl"),
      maxSize: "10m",
      frequency: "daily",
      maxFiles: 1000,
      flush,
      flushIntervalMs: 1000,
      retryIntervalMs: 1000,
      storePrompts: false,
    });
    const start = process.cpuUsage();
    for (let i = 0; i < records; i += IN_FLIGHT) {
      const batch: Promise<void>[] = [];
      for (let j = 0; j < IN_FLIGHT; j++) batch.push(sink.append(decision(i + j)));
      await Promise.all(batch);
    }
    const used = process.cpuUsage(start);
    await sink.close();
    return (used.user + used.system) / records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const records = Number(process.argv[2] ?? 100_000);
if (!Number.isSafeInteger(records) || records < IN_FLIGHT) throw new Error(`records must be an integer >= ${IN_FLIGHT}`);
await cpuPerRecord("interval", 20_000); // warm-up, discarded
for (const flush of ["interval", "every"] as const) {
  const runs: string[] = [];
  for (let run = 0; run < RUNS; run++) runs.push((await cpuPerRecord(flush, records)).toFixed(1));
  console.log(`file audit sink, flush=${flush}: ${runs.join(" / ")} µs CPU per record over ${records} records (${RUNS} runs)`);
}
