import { Agent } from "node:http";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { concurrentLoad, logFiles, postJson, readRecords, runAuditCli, tempDir, WEATHER_POLICY, type Answer } from "../unit/audit/support.js";

const DECISIONS = 20_000;
const LANES = 32;

describe("audit trail under concurrent load through the HTTP server", () => {
  let server: TestServer;
  let agent: Agent;
  let root: string;
  let logDir: string;
  let answers: Answer[][];
  let errors: number;

  beforeAll(async () => {
    root = await tempDir();
    logDir = join(root, "audit");
    server = await startTestServer({
      policy: WEATHER_POLICY,
      env: { KALGUARD_AUDIT_LOG_PATH: join(logDir, "audit.jsonl"), KALGUARD_AUDIT_MAX_SIZE: "1m", KALGUARD_AUDIT_MAX_FILES: "1000" },
    });
    agent = new Agent({ keepAlive: true, maxSockets: LANES });
    const allowed = await server.token("agent-1");
    const unknownAgent = await server.token("agent-2");
    const started = Date.now();
    // Every fifth request is denied by policy: denials must be recorded as faithfully as allows.
    ({ answers, errors } = await concurrentLoad(LANES, DECISIONS, (i) =>
      postJson(agent, `${server.url}/v1/tool/check`, i % 5 === 0 ? unknownAgent : allowed, { toolName: "get_weather", arguments: { location: `city-${i}` } }),
    ));
    const seconds = (Date.now() - started) / 1000;
    console.log(`audit load: ${DECISIONS} decisions over ${LANES} connections in ${seconds.toFixed(1)} s (${Math.round(DECISIONS / seconds)}/s) with the file sink, flush every`);
  }, 120_000);

  afterAll(async () => {
    agent?.destroy();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("answers every request with an allow or a policy deny", () => {
    expect(errors).toBe(0);
    const all = answers.flat();
    expect(all).toHaveLength(DECISIONS);
    expect(all.filter((a) => a.status === 200)).toHaveLength(DECISIONS * 0.8);
    expect(all.filter((a) => a.status === 403 && a.body.errorCode === "POLICY_DENY")).toHaveLength(DECISIONS * 0.2);
  });

  it("records every answered requestId exactly once, in each connection's order, across rotated files", async () => {
    const records = await readRecords(logDir);
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => records[0]!.seq + i));
    const position = new Map<string, number>();
    for (const [index, record] of records.entries()) {
      if (record.type !== "decision") continue;
      expect(position.has(record.requestId as string)).toBe(false);
      position.set(record.requestId as string, index);
    }
    for (const lane of answers) {
      const order = lane.map((answer) => position.get(answer.body.requestId!));
      expect(order.every((p) => p !== undefined)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a! - b!));
    }
    expect(position.size).toBe(DECISIONS);
    const answered = new Map(answers.flat().map((a) => [a.body.requestId!, a.body.decision]));
    for (const record of records) if (record.type === "decision") expect(record.decision).toBe(answered.get(record.requestId as string));
  });

  it("rotated about every megabyte, and `audit verify` passes over all the files", async () => {
    const files = await logFiles(logDir);
    expect(files.length).toBeGreaterThanOrEqual(5);
    const verify = await runAuditCli(["verify", logDir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^audit log intact: \d+ records, seq 1\.\./);
  });
});
