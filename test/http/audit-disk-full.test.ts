import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { canMountTmpfs, fillFilesystem, mountTinyTmpfs, runAuditCli, unmountTmpfs, WEATHER_POLICY } from "../unit/audit/support.js";

const WEATHER = { toolName: "get_weather", arguments: { location: "Paris" } };

async function health(server: TestServer): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/health`);
  return { status: res.status, body: await res.json() };
}

describe.skipIf(!canMountTmpfs())("a full audit filesystem through the HTTP server", () => {
  let mountPoint: string | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.close();
    if (mountPoint) await unmountTmpfs(mountPoint);
  });

  it("answers decisions 503 UNAVAILABLE, reports the audit sink on /health, and serves again when space returns", async () => {
    mountPoint = await mountTinyTmpfs();
    const logDir = join(mountPoint, "audit");
    server = await startTestServer({
      policy: WEATHER_POLICY,
      env: { KALGUARD_AUDIT_LOG_PATH: join(logDir, "audit.jsonl"), KALGUARD_AUDIT_RETRY_INTERVAL_MS: "50" },
    });
    expect((await server.post("/v1/tool/check", WEATHER)).status).toBe(200);

    const filler = fillFilesystem(mountPoint);
    // The log file's last page may still hold a few records; the disk is full once the first one fails.
    let refused: Awaited<ReturnType<TestServer["post"]>> | undefined;
    for (let i = 0; i < 200 && !refused; i++) {
      const answer = await server.post("/v1/tool/check", WEATHER);
      if (answer.status !== 200) refused = answer;
    }
    expect(refused).toMatchObject({ status: 503, body: { allowed: false, decision: "deny", errorCode: "UNAVAILABLE" } });
    expect(await server.post("/v1/tool/check", WEATHER)).toMatchObject({ status: 503, body: { errorCode: "UNAVAILABLE" } });
    const down = await health(server);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable", failing: "audit", checks: { audit: { status: "unavailable" } } });
    expect(down.body.checks.audit.reason).toMatch(/ENOSPC|no space/i);

    rmSync(filler);
    const deadline = Date.now() + 5000;
    while ((await health(server)).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((await server.post("/v1/tool/check", WEATHER)).status).toBe(200);

    await server.close();
    server = undefined;
    const verify = await runAuditCli(["verify", logDir]);
    expect(verify.code).toBe(0);
  });
});
