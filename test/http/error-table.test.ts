import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryAuditSink } from "../../src/audit/memory-sink.js";
import type { AuditSink } from "../../src/audit/types.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { INJECTION, TEST_POLICY } from "../helpers/policies.js";

const prompt = (content: string) => ({ messages: [{ role: "user", content }] });

describe("the error table of design.md, over a real socket", () => {
  let s: TestServer;
  const audit = new MemoryAuditSink(10_000);
  beforeAll(async () => {
    s = await startTestServer({ policy: TEST_POLICY, auditSink: audit, env: { KALGUARD_BODY_LIMIT_BYTES: String(64 * 1024) } });
  });
  afterAll(() => s.close());

  const expectDeny = (res: { status: number; body: any }, status: number, errorCode: string) => {
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ allowed: false, decision: "deny", errorCode });
    expect(res.body.requestId).toMatch(/^req_[A-Za-z0-9_-]{16}$/);
  };

  it("200 allow carries the envelope and the prompt data", async () => {
    const res = await s.post("/v1/prompt/check", prompt("What is the capital of France?"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ allowed: true, decision: "allow", message: "OK", data: { allowed: true, riskLevel: "low" } });
    expect(res.body.data.riskScore).toBeGreaterThanOrEqual(0);
  });

  it("400 BAD_REQUEST for malformed JSON", async () => {
    expectDeny(await s.post("/v1/prompt/check", '{"messages": ['), 400, "BAD_REQUEST");
  });

  it("400 BAD_REQUEST names the field of a wrong shape", async () => {
    const res = await s.post("/v1/prompt/check", { messages: [{ role: "wizard", content: "hi" }] });
    expectDeny(res, 400, "BAD_REQUEST");
    expect(res.body.message).toMatch(/^body\.messages\[0\]\.role: /);
    const tool = await s.post("/v1/tool/check", { toolName: "get_weather" });
    expect(tool.body.message).toMatch(/body\.arguments/);
    const extra = await s.post("/v1/tool/check", { toolName: "get_weather", arguments: {}, sneaky: true });
    expect(extra.body.message).toMatch(/unknown field sneaky/);
  });

  it("400 BAD_REQUEST says what a message's content may be", async () => {
    for (const content of [undefined, 5, [{ type: "image_url", image_url: { url: "https://example.com/a.png" } }]]) {
      const res = await s.post("/v1/prompt/check", { messages: [{ role: "user", content }] });
      expectDeny(res, 400, "BAD_REQUEST");
      expect(res.body.message).toBe('body.messages[0].content: expected a string or a list of at most 1000 {"type":"text","text":"…"} parts');
    }
  });

  it("415 UNSUPPORTED_MEDIA_TYPE for a POST body that is not application/json", async () => {
    const res = await s.post("/v1/prompt/check", "messages=hi", { headers: { "content-type": "application/x-www-form-urlencoded" } });
    expectDeny(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    expectDeny(await s.post("/v1/tool/check", "{}", { headers: { "content-type": "text/plain" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("401 AUTH_FAILED without a token", async () => {
    const res = await fetch(`${s.url}/v1/prompt/check`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(prompt("hi")) });
    expectDeny({ status: res.status, body: await res.json() }, 401, "AUTH_FAILED");
  });

  it("403 CAPABILITY_DENIED for a valid token without the endpoint's capability", async () => {
    const promptOnly = await s.token("agent-1", ["prompt:check"]);
    const res = await s.post("/v1/tool/check", { toolName: "get_weather", arguments: { location: "Paris" } }, { token: promptOnly });
    expectDeny(res, 403, "CAPABILITY_DENIED");
  });

  it("403 POLICY_DENY names the rule id as reason", async () => {
    const res = await s.post("/v1/tool/check", { toolName: "delete_files", arguments: {} });
    expectDeny(res, 403, "POLICY_DENY");
    expect(res.body.reason).toBe("deny-delete");
    const other = await s.post("/v1/prompt/check", prompt("hi"), { token: await s.token("agent-9") });
    expect(other.body).toMatchObject({ errorCode: "POLICY_DENY", reason: "default" });
  });

  it("403 PROMPT_BLOCKED carries the score and findings", async () => {
    const res = await s.post("/v1/prompt/check", prompt(INJECTION));
    expectDeny(res, 403, "PROMPT_BLOCKED");
    expect(res.body.data.riskScore).toBeGreaterThanOrEqual(70);
    expect(res.body.data.findings.length).toBeGreaterThan(0);
    expect(typeof res.body.reason).toBe("string");
  });

  it("403 TOOL_DENIED returns the schema's validation errors", async () => {
    const res = await s.post("/v1/tool/check", { toolName: "get_weather", arguments: { location: "Paris", extra: "x" } });
    expectDeny(res, 403, "TOOL_DENIED");
    expect(res.body.reason).toBe("tool.arguments_invalid");
    expect(res.body.data.validationErrors[0].message).toMatch(/additional properties/);
  });

  it("404 NOT_FOUND for an unknown route and 405 METHOD_NOT_ALLOWED for a known one", async () => {
    const notFound = await fetch(`${s.url}/v1/nothing`);
    expectDeny({ status: notFound.status, body: await notFound.json() }, 404, "NOT_FOUND");
    const wrongMethod = await fetch(`${s.url}/v1/prompt/check`);
    expectDeny({ status: wrongMethod.status, body: await wrongMethod.json() }, 405, "METHOD_NOT_ALLOWED");
    expect(wrongMethod.headers.get("allow")).toBe("POST");
  });

  it("413 PAYLOAD_TOO_LARGE reaches the client", async () => {
    const res = await s.post("/v1/prompt/check", prompt("x".repeat(64 * 1024)));
    expectDeny(res, 413, "PAYLOAD_TOO_LARGE");
  });

  it("429 RATE_LIMIT_EXCEEDED with retry-after and x-ratelimit headers", async () => {
    const call = () => s.post("/v1/tool/check", { toolName: "limited_tool", arguments: {} });
    expect((await call()).headers.get("x-ratelimit-remaining")).toBe("1");
    expect((await call()).status).toBe(200);
    const res = await call();
    expectDeny(res, 429, "RATE_LIMIT_EXCEEDED");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("x-ratelimit-limit")).toBe("2");
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(0);
  });

  it("echoes x-kalguard-request-id as clientRequestId and records it beside the server's requestId", async () => {
    const res = await s.post("/v1/prompt/check", prompt("hello"), { headers: { "x-kalguard-request-id": "client-42" } });
    expect(res.body.clientRequestId).toBe("client-42");
    expect(res.body.requestId).not.toBe("client-42");
    const record = audit.records().find((r) => r.requestId === res.body.requestId);
    expect(record).toMatchObject({ clientRequestId: "client-42", decision: "allow", agentId: "agent-1" });
  });

  it("records promptHash as the SHA-256 of each message's role, NUL, content, NUL, so an operator can match a prompt to its record", async () => {
    const messages = [
      { role: "system", content: "Be brief." },
      { role: "user", content: "Grüße aus Köln 👋" },
    ];
    const res = await s.post("/v1/prompt/check", { messages });
    const expected = createHash("sha256");
    for (const m of messages) expected.update(`${m.role}\0${m.content}\0`, "utf8");
    const record = audit.records().find((r) => r.requestId === res.body.requestId);
    expect(record?.promptHash).toBe(expected.digest("hex"));
  });

  it("records every decision, including 401, 403 and 429 answers", async () => {
    const res401 = await s.post("/v1/prompt/check", prompt("hi"), { token: "not-a-token" });
    const res403 = await s.post("/v1/tool/check", { toolName: "delete_x", arguments: {} });
    const ids = [res401.body.requestId, res403.body.requestId];
    const records = audit.records().filter((r) => ids.includes(r.requestId));
    expect(records.map((r) => [r.type, r.decision, r.errorCode])).toEqual([
      ["auth_failure", "deny", "AUTH_FAILED"],
      ["decision", "deny", "POLICY_DENY"],
    ]);
    expect(audit.records().some((r) => r.errorCode === "RATE_LIMIT_EXCEEDED")).toBe(true);
    expect(records[1]?.policyHash).toBe(s.service.policy.current.hash);
  });
});

describe("500 and 503 never fail open", () => {
  it("500 INTERNAL without a stack trace when the firewall throws", async () => {
    const s = await startTestServer({
      policy: TEST_POLICY,
      firewall: {
        check() {
          throw new Error("detector exploded at /secret/path.ts:12");
        },
      },
    });
    try {
      const res = await s.post("/v1/prompt/check", prompt("hello"));
      expect(res.status).toBe(500);
      expect(res.body).toMatchObject({ allowed: false, decision: "deny", errorCode: "INTERNAL" });
      expect(JSON.stringify(res.body)).not.toMatch(/secret|exploded|\.ts/);
    } finally {
      await s.close();
    }
  });

  it("503 UNAVAILABLE for decisions and /health when the audit sink refuses records", async () => {
    let failing = false;
    const inner = new MemoryAuditSink(100);
    const sink: AuditSink = {
      append: (e) => (failing ? Promise.reject(new Error("disk full")) : inner.append(e)),
      health: () => (failing ? { ok: false, reason: "disk full" } : { ok: true }),
      flush: () => inner.flush(),
      close: () => inner.close(),
    };
    const s = await startTestServer({ policy: TEST_POLICY, auditSink: sink });
    try {
      failing = true;
      const res = await s.post("/v1/prompt/check", prompt("hello"));
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ allowed: false, decision: "deny", errorCode: "UNAVAILABLE" });
      const denied = await s.post("/v1/tool/check", { toolName: "delete_x", arguments: {} });
      expect(denied.status).toBe(503);
      const health = await fetch(`${s.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "unavailable", failing: "audit", checks: { audit: { status: "unavailable", reason: "disk full" } } });
      failing = false;
      expect((await s.post("/v1/prompt/check", prompt("hello"))).status).toBe(200);
      expect((await fetch(`${s.url}/health`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
