import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryAuditSink } from "../../src/audit/memory-sink.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { TEST_POLICY } from "../helpers/policies.js";

/** Sends raw bytes and resolves with everything the server wrote before closing (or the time limit). */
function rawExchange(url: string, chunks: string[], gapMs: number, limitMs: number): Promise<{ response: string; closedAfterMs: number | undefined }> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), "127.0.0.1");
    let response = "";
    let closedAfterMs: number | undefined;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ response, closedAfterMs });
    }, limitMs);
    socket.on("data", (d) => (response += d.toString()));
    socket.on("close", () => {
      closedAfterMs = Date.now() - started;
      clearTimeout(timer);
      resolve({ response, closedAfterMs });
    });
    socket.on("error", () => undefined);
    chunks.forEach((chunk, i) => setTimeout(() => !socket.destroyed && socket.write(chunk), i * gapMs));
  });
}

describe("request limits", () => {
  let s: TestServer;
  const audit = new MemoryAuditSink(5000);
  beforeAll(async () => {
    s = await startTestServer({
      policy: TEST_POLICY,
      auditSink: audit,
      env: { KALGUARD_HEADERS_TIMEOUT_MS: "1000", KALGUARD_REQUEST_TIMEOUT_MS: "3000", KALGUARD_TOOL_RATE_LIMIT: "3" },
    });
  });
  afterAll(() => s.close());

  it("answers a 5 MB + 1 byte body with a 413 the client really receives", async () => {
    const content = "a".repeat(5 * 1024 * 1024 + 1 - JSON.stringify({ messages: [{ role: "user", content: "" }] }).length);
    const body = JSON.stringify({ messages: [{ role: "user", content }] });
    expect(Buffer.byteLength(body)).toBe(5 * 1024 * 1024 + 1);
    const res = await s.post("/v1/prompt/check", body);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ decision: "deny", errorCode: "PAYLOAD_TOO_LARGE" });
  });

  it("accepts a body of exactly the limit", async () => {
    const content = "a".repeat(5 * 1024 * 1024 - JSON.stringify({ messages: [{ role: "user", content: "" }] }).length);
    const res = await s.post("/v1/prompt/check", JSON.stringify({ messages: [{ role: "user", content }] }));
    expect(res.status).not.toBe(413);
    expect([200, 403]).toContain(res.status);
  });

  it("limits each agent to KALGUARD_TOOL_RATE_LIMIT tool calls a minute, separately per agent", async () => {
    const call = (token?: string) => s.post("/v1/tool/check", { toolName: "free_tool", arguments: {} }, token ? { token } : {});
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const other = await s.token("agent-2");
    expect((await call(other)).status).toBe(403);
  });

  it("closes a connection whose headers trickle in slower than the headers timeout", async () => {
    const chunks = ["POST /v1/prompt/check HTTP/1.1\r\n", "Host: x\r\n", "X-A: 1\r\n", "X-B: 2\r\n", "X-C: 3\r\n", "X-D: 4\r\n", "X-E: 5\r\n", "X-F: 6\r\n"];
    const { closedAfterMs } = await rawExchange(s.url, chunks, 500, 6000);
    expect(closedAfterMs).toBeDefined();
    expect(closedAfterMs!).toBeLessThan(4000);
  });

  it("answers 1,000 concurrent requests with none lost and none 5xx", async () => {
    const token = await s.token("agent-1", ["prompt:check"]);
    const ids = Array.from({ length: 1000 }, (_, i) => `concurrent-${i}`);
    const results = await Promise.all(
      ids.map((id) => s.post("/v1/prompt/check", { messages: [{ role: "user", content: `Question number ${id}: what is 2+2?` }] }, { token, headers: { "x-kalguard-request-id": id } })),
    );
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(new Set(results.map((r) => r.body.clientRequestId))).toEqual(new Set(ids));
    const recorded = audit.records().filter((r) => r.clientRequestId?.startsWith("concurrent-"));
    expect(recorded).toHaveLength(1000);
    expect(new Set(recorded.map((r) => r.requestId))).toEqual(new Set(results.map((r) => r.body.requestId)));
  });
});
