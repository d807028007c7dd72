/**
 * Run in a child process with --expose-gc: fills a MemoryAuditSink past its capacity, then appends 100,000
 * more decisions and prints the heap in use before and after (each after a full GC) as one JSON line.
 */
import { MemoryAuditSink } from "../../../src/audit/memory-sink.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

const capacity = Number(process.argv[2] ?? "1000");
const sink = new MemoryAuditSink(capacity);

async function decisions(from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    await sink.append({
      type: "decision",
      requestId: `req_${i.toString(36)}_${"x".repeat(16)}`,
      agentId: `agent-${i % 50}`,
      action: "prompt:check",
      decision: i % 3 === 0 ? "deny" : "allow",
      riskScore: i % 100,
      findings: [{ ruleId: "injection.instruction_override", category: "injection", messageIndex: 0, score: i % 100 }],
      promptHash: `sha256:${i.toString(16).padStart(64, "0")}`,
    });
  }
}

function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

await decisions(0, capacity * 5);
const before = heapAfterGc();
await decisions(capacity * 5, 100_000);
const after = heapAfterGc();
console.log(JSON.stringify({ before, after, retained: sink.records().length, lastSeq: sink.records().at(-1)?.seq }));
