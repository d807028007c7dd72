import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryAuditSink } from "../../../src/audit/memory-sink.js";
import { REPO } from "./support.js";

function probe(capacity: number): Promise<{ before: number; after: number; retained: number; lastSeq: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(REPO, "test/unit/audit/memory-probe.ts"), String(capacity)],
      { cwd: REPO },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!))),
    );
  });
}

describe("memory audit sink", () => {
  it("keeps the newest records, oldest first, up to its capacity", async () => {
    const sink = new MemoryAuditSink(3);
    for (let i = 1; i <= 5; i++) await sink.append({ type: "decision", requestId: `req_${i}` });
    expect(sink.records().map((r) => r.requestId)).toEqual(["req_3", "req_4", "req_5"]);
    expect(sink.records().map((r) => r.seq)).toEqual([3, 4, 5]);
  });

  it("drops prompt text unless prompts are opted in", async () => {
    const prompt = [{ role: "user" as const, content: "hello" }];
    const quiet = new MemoryAuditSink(2);
    await quiet.append({ type: "decision", prompt });
    expect(quiet.records()[0]).not.toHaveProperty("prompt");
    const storing = new MemoryAuditSink(2, true);
    await storing.append({ type: "decision", prompt });
    expect(storing.records()[0]?.prompt).toEqual(prompt);
  });

  it("stays flat over 100,000 decisions: the heap after GC grows by far less than the records would take", async () => {
    const result = await probe(1000);
    expect(result.retained).toBe(1000);
    expect(result.lastSeq).toBe(105_000);
    // 100,000 such records retained would take well over 30 MB; a ring of 1,000 holds them in well under 1 MB.
    const growth = result.after - result.before;
    console.log(`memory sink: heap after GC ${result.before} -> ${result.after} bytes over 100,000 decisions (${growth} bytes)`);
    expect(growth).toBeLessThan(2 * 1024 * 1024);
  });
});
