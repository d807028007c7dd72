import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { readRecords, runAuditCli, tempDir, WEATHER_POLICY } from "../unit/audit/support.js";

describe("auth failures in the audit trail", () => {
  let server: TestServer | undefined;
  let root: string | undefined;
  afterAll(async () => {
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("records a flood of bad tokens only up to the per-minute limit, plus a summary of how many were held back", async () => {
    root = await tempDir();
    const logDir = join(root, "audit");
    server = await startTestServer({
      policy: WEATHER_POLICY,
      env: { KALGUARD_AUDIT_LOG_PATH: join(logDir, "audit.jsonl"), KALGUARD_AUDIT_AUTH_FAILURES_PER_MINUTE: "5" },
    });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => server!.post("/v1/tool/check", { toolName: "get_weather", arguments: {} }, { token: "not-a-token" })),
    );
    expect(answers.every((a) => a.status === 401 && a.body.errorCode === "AUTH_FAILED")).toBe(true);
    const allowed = await server.post("/v1/tool/check", { toolName: "get_weather", arguments: {} });
    expect(allowed.status).toBe(200);
    await server.close();
    server = undefined;

    const records = await readRecords(logDir);
    expect(records.filter((r) => r.type === "auth_failure")).toHaveLength(5);
    expect(records.filter((r) => r.type === "auth_failure_summary").map((r) => r.detail)).toEqual([
      expect.objectContaining({ suppressed: 45, limitPerMinute: 5 }),
    ]);
    expect(records.some((r) => r.requestId === allowed.body.requestId)).toBe(true);
    expect((await runAuditCli(["verify", logDir])).code).toBe(0);
  });
});
