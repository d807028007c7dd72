import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createToolRunner } from "../../../sandbox/index.js";
import { runTool, sandboxConfig } from "./helpers.js";

describe("work root", () => {
  const root = mkdtempSync(join(tmpdir(), "kalguard-work-root-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("removes at start the work dirs a killed sidecar left, and keeps a live sidecar's", async () => {
    const deadPid = spawnSync("/bin/true").pid ?? 0;
    const stale = join(root, `kalguard-sandbox-${deadPid}-abc123`);
    const live = join(root, `kalguard-sandbox-${process.ppid}-def456`);
    mkdirSync(join(stale, "kalguard-run-x", "tmp"), { recursive: true });
    mkdirSync(join(live, "kalguard-run-y"), { recursive: true });
    execFileSync("chmod", ["000", join(stale, "kalguard-run-x")]);
    await createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: "process", KALGUARD_SANDBOX_WORK_ROOT: root }));
    expect([existsSync(stale), existsSync(live)]).toEqual([false, true]);
  });

  it("makes run dirs inside a traverse-only directory of this sidecar's own", async () => {
    const runner = await createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: "process", KALGUARD_SANDBOX_WORK_ROOT: root }));
    const result = await runTool(runner, { command: "/bin/sh", args: ["-c", 'echo "$HOME"'] });
    const instance = join(result.stdout.trim(), "..");
    expect(instance.startsWith(join(root, `kalguard-sandbox-${process.pid}-`))).toBe(true);
    expect((statSync(instance).mode & 0o777).toString(8)).toBe("711");
    expect(readdirSync(instance)).toEqual([]);
  });
});
