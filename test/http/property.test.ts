import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { TEST_POLICY } from "../helpers/policies.js";

const ENDPOINTS = ["/v1/prompt/check", "/v1/tool/check", "/v1/tool/execute", "/health", "/v1/unknown"] as const;
const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"] as const;

describe("random requests at every endpoint", () => {
  let s: TestServer;
  let validToken: string;
  beforeAll(async () => {
    s = await startTestServer({ policy: TEST_POLICY, toolRunner: null });
    validToken = await s.token();
  });
  afterAll(() => s.close());

  const body = fc.oneof(
    fc.json(),
    fc.string(),
    fc.record({ messages: fc.array(fc.record({ role: fc.constantFrom("user", "system", "tool", "assistant", "x"), content: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) })) }, { requiredKeys: [] }),
    fc.record({ toolName: fc.oneof(fc.constantFrom("get_weather", "free_tool", "delete_x"), fc.string()), arguments: fc.oneof(fc.object(), fc.array(fc.anything()), fc.string()) }, { requiredKeys: [] }),
  );
  const auth = fc.oneof(
    fc.constant<string | undefined>(undefined),
    fc.string().map((t) => `Bearer ${t}`),
    fc.constantFrom("Bearer", "Basic dXNlcjpwYXNz", "bearer x.y.z", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZ2VudC0xIn0."),
    fc.constant("VALID"),
  );
  const contentType = fc.oneof(fc.constant<string | undefined>(undefined), fc.constantFrom("application/json", "text/plain", "application/json; charset=utf-8", "application/x-www-form-urlencoded", "application/jsonx"));

  it("never answers 5xx, never crashes, never allows without a valid token", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), fc.constantFrom(...METHODS), body, auth, contentType, fc.string({ maxLength: 40 }), async (path, method, payload, authorization, type, requestId) => {
        const headers: Record<string, string> = {};
        const usesValidToken = authorization === "VALID";
        if (authorization) headers.authorization = usesValidToken ? `Bearer ${validToken}` : authorization.replace(/[\r\n]/g, "");
        if (type) headers["content-type"] = type;
        if (requestId) headers["x-kalguard-request-id"] = requestId.replace(/[^\x20-\x7e]/g, "");
        const hasBody = method !== "GET";
        let res: Response;
        try {
          res = await fetch(`${s.url}${path}`, { method, headers, ...(hasBody ? { body: typeof payload === "string" ? payload : JSON.stringify(payload) } : {}) });
        } catch (err) {
          // Header values fetch itself refuses (no cause) never reach the server; a socket error is a failure.
          if (err instanceof TypeError && (err as Error).cause === undefined) return;
          throw err;
        }
        const text = await res.text();
        expect(res.status).toBeLessThan(500);
        const parsed = JSON.parse(text) as { allowed?: boolean; decision?: string };
        if (path !== "/health") {
          if (parsed.allowed === true) expect(usesValidToken).toBe(true);
          if (res.status !== 200) expect(parsed.decision).toBe("deny");
        }
      }),
      { numRuns: 400 },
    );
    expect((await fetch(`${s.url}/health`)).status).toBe(200);
  });
});
