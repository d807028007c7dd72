import { randomBytes } from "node:crypto";
import { Agent } from "node:http";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createAgentToken } from "../../src/auth/mint.js";
import {
  concurrentLoad,
  postJson,
  readRecords,
  runAuditCli,
  spawnServer,
  tempDir,
  WEATHER_POLICY,
  type ChildServer,
} from "../unit/audit/support.js";

describe("audit trail of a real server process killed with SIGKILL mid-load", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("keeps every acknowledged decision, verifies, and continues the chain after a restart and a SIGTERM", async () => {
    const root = await tempDir();
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const policyPath = join(root, "policy.json");
    await writeFile(policyPath, JSON.stringify(WEATHER_POLICY));
    const logDir = join(root, "audit");
    const secret = randomBytes(32).toString("base64url");
    const env = {
      KALGUARD_TOKEN_SECRET: secret,
      KALGUARD_POLICY_PATH: policyPath,
      KALGUARD_AUDIT_LOG_PATH: join(logDir, "audit.jsonl"),
      KALGUARD_AUDIT_MAX_SIZE: "256k",
    };
    const token = await createAgentToken({ agentId: "agent-1", capabilities: ["tool:execute"], ttlSeconds: 600, key: { secret } });
    const live: ChildServer[] = [];
    cleanups.push(async () => live.forEach((s) => s.child.kill("SIGKILL")));

    const first = await spawnServer(env);
    live.push(first);
    const agent = new Agent({ keepAlive: true, maxSockets: 32 });
    let answered = 0;
    let killed = false;
    const load = concurrentLoad(
      32,
      Number.MAX_SAFE_INTEGER,
      async (i) => {
        const answer = await postJson(agent, `${first.url}/v1/tool/check`, token, { toolName: "get_weather", arguments: { location: `c${i}` } });
        if (++answered === 3000) {
          first.child.kill("SIGKILL");
          killed = true;
        }
        return answer;
      },
      () => killed,
    );
    const { answers } = await load;
    agent.destroy();
    expect(await first.exited).toBeNull();

    const afterCrash = await runAuditCli(["verify", logDir]);
    expect(afterCrash.code).toBe(0);
    expect((afterCrash.stdout.match(/^torn line at /gm) ?? []).length).toBeLessThanOrEqual(1);
    const acknowledged = answers.flat().filter((a) => a.status === 200).map((a) => a.body.requestId!);
    expect(acknowledged.length).toBeGreaterThanOrEqual(3000);
    const recorded = new Set((await readRecords(logDir)).map((r) => r.requestId));
    expect(acknowledged.filter((id) => !recorded.has(id))).toEqual([]);

    const second = await spawnServer(env);
    live.push(second);
    const again = await postJson(new Agent(), `${second.url}/v1/tool/check`, token, { toolName: "get_weather", arguments: { location: "after" } });
    expect(again.status).toBe(200);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const afterRestart = await runAuditCli(["verify", logDir]);
    expect(afterRestart.code).toBe(0);
    expect(afterRestart.stdout).toMatch(/audit log intact: \d+ records, seq 1\.\./);
    const records = await readRecords(logDir);
    expect(records.some((r) => r.requestId === again.body.requestId)).toBe(true);
    expect(records.slice(-2).map((r) => r.reason ?? r.action)).toEqual(["shutdown", "audit.close"]);
  }, 90_000);
});
