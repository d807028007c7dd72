import { execFile } from "node:child_process";
import { chmodSync, chownSync, mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readRecords, REPO, runAuditCli, tempDir } from "./support.js";

const NOBODY = 65534;
const canDropPrivileges = process.getuid?.() === 0;

/** Runs the permission probe as an unprivileged user via setpriv. */
function probeAsNobody(mode: "start" | "revoke", dir: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      "setpriv",
      [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, "--import", "tsx", join(REPO, "test/unit/audit/permission-probe.ts"), mode, dir],
      { cwd: REPO, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: "/tmp" } },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!))),
    );
  });
}

describe.skipIf(!canDropPrivileges)("file audit sink without write permission (run as an unprivileged user)", () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function sharedRoot(): Promise<string> {
    root ??= await tempDir();
    // The unprivileged user must be able to reach the directories below it.
    chmodSync(root, 0o755);
    return root;
  }

  it("refuses to start in a directory it cannot write", async () => {
    const dir = join(await sharedRoot(), "root-owned");
    mkdirSync(dir, { mode: 0o755 });
    const outcome = await probeAsNobody("start", dir);
    expect(outcome).toMatchObject({ refused: true, message: expect.stringMatching(/EACCES|permission denied/i) });
  });

  it("rejects appends once it cannot open its next file, reports why, and recovers when permission returns", async () => {
    const dir = join(await sharedRoot(), "nobody-owned");
    mkdirSync(dir, { mode: 0o700 });
    chownSync(dir, NOBODY, NOBODY);
    const outcome = await probeAsNobody("revoke", dir);
    expect(outcome).toMatchObject({
      health: { ok: false, reason: expect.stringMatching(/EACCES|permission denied/i) },
      refusedWhileDenied: true,
      recovered: true,
      acceptedAfter: true,
    });
    const records = await readRecords(dir);
    expect(records.some((r) => r.action === "audit.recovered")).toBe(true);
    expect(records.some((r) => r.requestId === "req_denied")).toBe(false);
    expect((await runAuditCli(["verify", dir])).code).toBe(0);
  });
});
