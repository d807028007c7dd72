import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  KalGuardAuthError,
  KalGuardBadRequestError,
  KalGuardClient,
  KalGuardClientError,
  KalGuardDeniedError,
  KalGuardNetworkError,
  KalGuardProtocolError,
  KalGuardRateLimitError,
  KalGuardServiceError,
  KalGuardTimeoutError,
} from "../../../src/sdk/index.js";
import { closedPortUrl, reply, startCannedServer, type CannedServer, type CapturedRequest } from "./canned-server.js";
import { rejection } from "../../helpers/rejection.js";

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudC0xIn0.c2lnbmF0dXJl";
const MESSAGES = [{ role: "user" as const, content: "What is the weather in Paris?" }];

const promptAllow = {
  allowed: true,
  decision: "allow",
  message: "OK",
  requestId: "req_abc",
  data: { allowed: true, riskScore: 3, riskLevel: "low", findings: [] },
};

const executeAllow = {
  allowed: true,
  decision: "allow",
  message: "OK",
  requestId: "req_exec",
  data: {
    allowed: true,
    exitCode: 0,
    signal: null,
    stdout: "sunny\n",
    stderr: "",
    timedOut: false,
    truncated: false,
    durationMs: 12,
    isolation: { level: "namespaces", seccomp: true, network: false, rlimits: true },
  },
};

const servers: CannedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(answer: (req: CapturedRequest, res: ServerResponse) => void): Promise<CannedServer> {
  const server = await startCannedServer(answer);
  servers.push(server);
  return server;
}

async function clientAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const server = await serve((_req, res) => reply(res, status, body, headers));
  return { server, client: new KalGuardClient({ baseUrl: server.url, token: TOKEN }) };
}

describe("KalGuardClient requests", () => {
  it("posts the messages and context as JSON with the bearer token to /v1/prompt/check", async () => {
    const { server, client } = await clientAnswering(200, promptAllow);
    await client.checkPrompt(MESSAGES, { metadata: { env: "production" } });
    const [req] = server.requests;
    expect(req?.method).toBe("POST");
    expect(req?.url).toBe("/v1/prompt/check");
    expect(req?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req?.body ?? "")).toEqual({ messages: MESSAGES, context: { metadata: { env: "production" } } });
  });

  it("posts toolName and arguments to /v1/tool/check and /v1/tool/execute", async () => {
    const server = await serve((req, res) =>
      reply(res, 200, req.url === "/v1/tool/execute" ? executeAllow : { allowed: true, decision: "allow", message: "OK", requestId: "req_t", data: { allowed: true } }),
    );
    const client = new KalGuardClient({ baseUrl: server.url, token: TOKEN });
    await client.checkTool("get_weather", { location: "Paris" });
    await client.executeTool("get_weather", { location: "Paris" });
    expect(server.requests.map((r) => r.url)).toEqual(["/v1/tool/check", "/v1/tool/execute"]);
    for (const req of server.requests) expect(JSON.parse(req.body)).toEqual({ toolName: "get_weather", arguments: { location: "Paris" } });
  });

  it("sends a tool call's context when one is given", async () => {
    const { server, client } = await clientAnswering(200, { allowed: true, decision: "allow", message: "OK", requestId: "req_t", data: { allowed: true } });
    await client.checkTool("get_weather", { location: "Paris" }, { context: { metadata: { env: "production" } } });
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      toolName: "get_weather",
      arguments: { location: "Paris" },
      context: { metadata: { env: "production" } },
    });
  });

  it("sends the caller's request id as x-kalguard-request-id and returns the echoed clientRequestId", async () => {
    const { server, client } = await clientAnswering(200, { ...promptAllow, clientRequestId: "trace-42" });
    const verdict = await client.checkPrompt(MESSAGES, undefined, { requestId: "trace-42" });
    expect(server.requests[0]?.headers["x-kalguard-request-id"]).toBe("trace-42");
    expect(verdict.clientRequestId).toBe("trace-42");
  });

  it("refuses a request id that could split the header, before sending anything", async () => {
    const { server, client } = await clientAnswering(200, promptAllow);
    await expect(client.checkPrompt(MESSAGES, undefined, { requestId: "a\r\nx-evil: 1" })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it("keeps a path prefix of the base URL", async () => {
    const server = await serve((_req, res) => reply(res, 200, promptAllow));
    await new KalGuardClient({ baseUrl: `${server.url}/kalguard`, token: TOKEN }).checkPrompt(MESSAGES);
    expect(server.requests[0]?.url).toBe("/kalguard/v1/prompt/check");
  });

  it("asks a token function for the current token on every request", async () => {
    const server = await serve((_req, res) => reply(res, 200, promptAllow));
    let n = 0;
    const client = new KalGuardClient({ baseUrl: server.url, token: () => `${TOKEN}${++n}` });
    await client.checkPrompt(MESSAGES);
    await client.checkPrompt(MESSAGES);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}1`, `Bearer ${TOKEN}2`]);
  });

  it("does not send the token to /health", async () => {
    const { server, client } = await clientAnswering(200, { status: "ok", requestId: "req_h", checks: { policy: "ok" } });
    const health = await client.health();
    expect(health).toMatchObject({ status: "ok", requestId: "req_h", checks: { policy: "ok" } });
    expect(server.requests[0]?.method).toBe("GET");
    expect(server.requests[0]?.url).toBe("/health");
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("uses the fetch it is given", async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(JSON.stringify(promptAllow), { status: 200 });
    };
    await new KalGuardClient({ baseUrl: "http://sidecar.invalid:9292", token: TOKEN, fetch: fakeFetch }).checkPrompt(MESSAGES);
    expect(seen).toEqual(["http://sidecar.invalid:9292/v1/prompt/check"]);
  });
});

describe("KalGuardClient constructor", () => {
  it.each([
    ["not a URL", { baseUrl: "localhost:9292", token: TOKEN }],
    ["a non-HTTP scheme", { baseUrl: "file:///etc/passwd", token: TOKEN }],
    ["credentials in the URL", { baseUrl: "http://user:pw@127.0.0.1:9292", token: TOKEN }],
    ["an empty token", { baseUrl: "http://127.0.0.1:9292", token: "" }],
    ["a token with a line break", { baseUrl: "http://127.0.0.1:9292", token: `${TOKEN}\r\nx-evil: 1` }],
    ["a zero timeout", { baseUrl: "http://127.0.0.1:9292", token: TOKEN, timeoutMs: 0 }],
  ])("rejects %s", (_what, options) => {
    expect(() => new KalGuardClient(options)).toThrow(TypeError);
  });
});

describe("KalGuardClient results", () => {
  it("resolves a prompt allow with typed data", async () => {
    const body = {
      ...promptAllow,
      data: {
        allowed: true,
        riskScore: 55,
        riskLevel: "medium",
        findings: [{ ruleId: "pii.email", category: "pii", messageIndex: 0, score: 10 }],
        sanitizedMessages: [{ role: "user", content: "Mail [REDACTED:email]" }],
      },
    };
    const { client } = await clientAnswering(200, body);
    const verdict = await client.checkPrompt(MESSAGES);
    expect(verdict).toEqual({ allowed: true, decision: "allow", message: "OK", requestId: "req_abc", data: body.data });
  });

  it("resolves a tool execution with its exit code, output and isolation", async () => {
    const { client } = await clientAnswering(200, executeAllow);
    const verdict = await client.executeTool("get_weather", { location: "Paris" });
    expect(verdict.data).toEqual(executeAllow.data);
  });
});

describe("KalGuardClient fails closed on a 200 it cannot trust", () => {
  const withData = (data: Record<string, unknown>) => ({ ...promptAllow, data: { ...promptAllow.data, ...data } });
  it.each([
    ["a body that is not JSON", "<html>ok</html>"],
    ["an empty body", ""],
    ["JSON null", "null"],
    ["allowed: false", { ...promptAllow, allowed: false }],
    ["allowed as the string \"true\"", { ...promptAllow, allowed: "true" }],
    ["allowed missing", { decision: "allow", message: "OK", requestId: "req_x", data: promptAllow.data }],
    ["decision deny", { ...promptAllow, decision: "deny" }],
    ["no requestId", { allowed: true, decision: "allow", message: "OK", data: promptAllow.data }],
    ["no data", { allowed: true, decision: "allow", message: "OK", requestId: "req_x" }],
    ["data.allowed false", withData({ allowed: false })],
    ["riskScore missing", { ...promptAllow, data: { allowed: true, riskLevel: "low", findings: [] } }],
    ["riskScore above 100", withData({ riskScore: 101 })],
    ["an unknown riskLevel", withData({ riskLevel: "none" })],
    ["findings not a list", withData({ findings: "none" })],
    ["malformed sanitizedMessages", withData({ sanitizedMessages: [{ role: "user" }] })],
  ])("rejects %s", async (_what, body) => {
    const { client } = await clientAnswering(200, body);
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardProtocolError);
    expect(error).toBeInstanceOf(KalGuardClientError);
  });

  it("rejects an allow that echoes a different client request id", async () => {
    const { client } = await clientAnswering(200, { ...promptAllow, clientRequestId: "someone-else" });
    await expect(client.checkPrompt(MESSAGES, undefined, { requestId: "mine" })).rejects.toBeInstanceOf(KalGuardProtocolError);
    await expect(client.checkPrompt(MESSAGES)).rejects.toBeInstanceOf(KalGuardProtocolError);
  });

  it("rejects an allow that names a different tool", async () => {
    const { client } = await clientAnswering(200, { ...executeAllow, data: { ...executeAllow.data, toolName: "get_time" } });
    await expect(client.executeTool("get_weather", {})).rejects.toBeInstanceOf(KalGuardProtocolError);
    await expect(client.checkTool("get_weather", {})).rejects.toBeInstanceOf(KalGuardProtocolError);
  });

  it("rejects a tool execution answer that lacks the run result", async () => {
    const { client } = await clientAnswering(200, { ...executeAllow, data: { allowed: true, exitCode: 0 } });
    await expect(client.executeTool("get_weather", {})).rejects.toBeInstanceOf(KalGuardProtocolError);
  });

  it("rejects a health answer that is not status ok", async () => {
    const { client } = await clientAnswering(200, { status: "degraded", requestId: "req_h", checks: {} });
    await expect(client.health()).rejects.toBeInstanceOf(KalGuardProtocolError);
  });

  it("rejects a 204 and a 202 even with an allow body", async () => {
    for (const status of [202, 204]) {
      const { client } = await clientAnswering(status, status === 204 ? "" : promptAllow);
      await expect(client.checkPrompt(MESSAGES)).rejects.toBeInstanceOf(KalGuardProtocolError);
    }
  });

  it("does not follow a redirect, so the token never reaches the target", async () => {
    const elsewhere = await serve((_req, res) => reply(res, 200, promptAllow));
    const { client } = await clientAnswering(307, "", { location: `${elsewhere.url}/v1/prompt/check` });
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardProtocolError);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe("KalGuardClient typed errors for denials and failures", () => {
  it("throws KalGuardDeniedError with code, reason, data and requestId on a 403 prompt block", async () => {
    const { client } = await clientAnswering(403, {
      allowed: false,
      decision: "deny",
      message: "Prompt blocked",
      requestId: "req_blk",
      errorCode: "PROMPT_BLOCKED",
      reason: "injection.instruction_override",
      data: { riskScore: 92, riskLevel: "critical", findings: [] },
    });
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardDeniedError);
    expect(error).toMatchObject({
      status: 403,
      errorCode: "PROMPT_BLOCKED",
      reason: "injection.instruction_override",
      requestId: "req_blk",
      data: { riskScore: 92, riskLevel: "critical" },
    });
  });

  it("throws KalGuardDeniedError for a 403 whose body is unreadable", async () => {
    const { client } = await clientAnswering(403, "<h1>Forbidden</h1>");
    const error = await rejection(client.checkTool("rm", {}));
    expect(error).toBeInstanceOf(KalGuardDeniedError);
    expect(error).toMatchObject({ status: 403, errorCode: undefined });
  });

  it("throws KalGuardAuthError on 401", async () => {
    const { client } = await clientAnswering(401, { allowed: false, decision: "deny", message: "Authentication failed", requestId: "req_a", errorCode: "AUTH_FAILED" });
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardAuthError);
    expect(error).toMatchObject({ status: 401, errorCode: "AUTH_FAILED", requestId: "req_a" });
  });

  it("throws KalGuardAuthError, not a denial, on 403 CAPABILITY_DENIED", async () => {
    const { client } = await clientAnswering(403, { allowed: false, decision: "deny", message: "Capability denied", requestId: "req_c", errorCode: "CAPABILITY_DENIED" });
    const error = await rejection(client.executeTool("get_weather", {}));
    expect(error).toBeInstanceOf(KalGuardAuthError);
    expect(error).not.toBeInstanceOf(KalGuardDeniedError);
  });

  it("throws KalGuardRateLimitError with retry-after and the x-ratelimit headers on 429", async () => {
    const { client } = await clientAnswering(
      429,
      { allowed: false, decision: "deny", message: "Rate limit exceeded", requestId: "req_r", errorCode: "RATE_LIMIT_EXCEEDED" },
      { "retry-after": "17", "x-ratelimit-limit": "30", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "17" },
    );
    const error = await rejection(client.checkTool("get_weather", {}));
    expect(error).toBeInstanceOf(KalGuardRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 17, limit: 30, remaining: 0, reset: 17, errorCode: "RATE_LIMIT_EXCEEDED" });
  });

  it("reads a retry-after given as an HTTP date", async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    const { client } = await clientAnswering(429, "", { "retry-after": at });
    const error = (await rejection(client.checkTool("get_weather", {}))) as KalGuardRateLimitError;
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(118);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it("leaves retryAfterSeconds undefined when the header is missing", async () => {
    const { client } = await clientAnswering(429, "");
    const error = (await rejection(client.checkTool("get_weather", {}))) as KalGuardRateLimitError;
    expect(error).toBeInstanceOf(KalGuardRateLimitError);
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it.each([
    [400, "BAD_REQUEST"],
    [404, "NOT_FOUND"],
    [405, "METHOD_NOT_ALLOWED"],
    [413, "PAYLOAD_TOO_LARGE"],
    [415, "UNSUPPORTED_MEDIA_TYPE"],
  ])("throws KalGuardBadRequestError on %i", async (status, errorCode) => {
    const { client } = await clientAnswering(status, { allowed: false, decision: "deny", message: "no", requestId: "req_b", errorCode });
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardBadRequestError);
    expect(error).toMatchObject({ status, errorCode });
  });

  it.each([500, 502, 503])("throws KalGuardServiceError on %i, even with a garbage body", async (status) => {
    const { client } = await clientAnswering(status, "Bad Gateway");
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardServiceError);
    expect(error).toMatchObject({ status });
  });

  it("throws KalGuardServiceError from health() on 503 with the failing check in the body", async () => {
    const { client } = await clientAnswering(503, { status: "unavailable", requestId: "req_h", checks: { audit: "cannot write" } });
    const error = await rejection(client.health());
    expect(error).toBeInstanceOf(KalGuardServiceError);
    expect((error as KalGuardServiceError).body).toMatchObject({ checks: { audit: "cannot write" } });
  });

  it("keeps the fields of a deny body that are well typed and drops the ones that are not", async () => {
    const { client } = await clientAnswering(403, { errorCode: 7, reason: "rule-1", requestId: ["x"], data: "x" });
    const error = await rejection(client.checkTool("rm", {}));
    expect(error).toMatchObject({ errorCode: undefined, reason: "rule-1", requestId: undefined, data: undefined });
  });
});

describe("KalGuardClient transport failures", () => {
  it("throws KalGuardNetworkError when nothing listens", async () => {
    const client = new KalGuardClient({ baseUrl: await closedPortUrl(), token: TOKEN });
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardNetworkError);
    expect(error).toBeInstanceOf(KalGuardClientError);
  });

  it("throws KalGuardNetworkError when the connection is reset before an answer", async () => {
    const server = await serve((_req, res) => res.socket?.destroy());
    const error = await rejection(new KalGuardClient({ baseUrl: server.url, token: TOKEN }).checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardNetworkError);
  });

  it("throws KalGuardNetworkError when the body is cut off mid-way", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"allowed":true,');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejection(new KalGuardClient({ baseUrl: server.url, token: TOKEN }).checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardNetworkError);
  });

  it("throws KalGuardTimeoutError when the server never answers", async () => {
    const server = await serve(() => undefined);
    const client = new KalGuardClient({ baseUrl: server.url, token: TOKEN, timeoutMs: 200 });
    const error = await rejection(client.checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200 });
  });

  it("throws KalGuardTimeoutError when the headers arrive but the body stalls", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"allowed":true,');
    });
    const error = await rejection(new KalGuardClient({ baseUrl: server.url, token: TOKEN, timeoutMs: 200 }).checkPrompt(MESSAGES));
    expect(error).toBeInstanceOf(KalGuardTimeoutError);
  });

  it("applies a per-call timeout over the client's", async () => {
    const server = await serve(() => undefined);
    const client = new KalGuardClient({ baseUrl: server.url, token: TOKEN, timeoutMs: 60_000 });
    const error = await rejection(client.checkTool("get_weather", {}, { timeoutMs: 150 }));
    expect(error).toMatchObject({ timeoutMs: 150 });
  });
});
