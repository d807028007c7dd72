import { describe, expect, it } from "vitest";
import { AuthFailureLimiter } from "../../../src/audit/auth-failure-limiter.js";
import { MemoryAuditSink } from "../../../src/audit/memory-sink.js";

function limited(perMinute: number) {
  let now = Date.parse("2026-01-01T00:00:00Z");
  const inner = new MemoryAuditSink(1000);
  const sink = new AuthFailureLimiter(inner, perMinute, () => now);
  return { inner, sink, advance: (ms: number) => (now += ms) };
}

describe("auth-failure rate limit on audit records", () => {
  it("records at most the limit per minute and summarises how many it held back", async () => {
    const { inner, sink, advance } = limited(3);
    for (let i = 0; i < 10; i++) await sink.append({ type: "auth_failure", requestId: `req_${i}` });
    expect(inner.records().filter((r) => r.type === "auth_failure")).toHaveLength(3);
    advance(60_000);
    await sink.append({ type: "auth_failure", requestId: "req_next_minute" });
    const summary = inner.records().find((r) => r.type === "auth_failure_summary");
    expect(summary?.detail).toMatchObject({ suppressed: 7, limitPerMinute: 3 });
    expect(inner.records().at(-1)?.requestId).toBe("req_next_minute");
  });

  it("never holds back other events", async () => {
    const { inner, sink } = limited(1);
    for (let i = 0; i < 5; i++) await sink.append({ type: "auth_failure" });
    for (let i = 0; i < 5; i++) await sink.append({ type: "decision", requestId: `req_${i}` });
    expect(inner.records().filter((r) => r.type === "decision")).toHaveLength(5);
  });

  it("writes the pending summary on flush, so a shutdown does not lose the count", async () => {
    const { inner, sink } = limited(2);
    for (let i = 0; i < 6; i++) await sink.append({ type: "auth_failure" });
    await sink.flush();
    expect(inner.records().find((r) => r.type === "auth_failure_summary")?.detail).toMatchObject({ suppressed: 4 });
  });
});
