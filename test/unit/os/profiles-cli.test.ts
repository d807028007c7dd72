import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSExprs } from "../../../os/darwin/index.js";
import { INVENTORY } from "../../../os/inventory/inventory.js";
import { ociSeccompProfile } from "../../../os/profiles/seccomp-oci.js";
import { UsageError } from "../../../src/cli/args.js";
import { runApparmorProfile, runSandboxProfile, runSeccompProfile } from "../../../src/cli/profiles.js";

describe("profile commands", () => {
  const dir = mkdtempSync(join(tmpdir(), "kalguard-profiles-cli-"));
  const policy = join(dir, "policy.json");
  writeFileSync(policy, JSON.stringify({ version: "1.0", tools: { weather: { exec: { command: "/usr/bin/curl", network: true } } } }));
  const paths = ["--policy", policy, "--audit-dir", "/var/log/kalguard", "--install-dir", "/opt/kalguard", "--node", "/usr/bin/node"];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("seccomp-profile writes the generated strict profile to OUT", async () => {
    const out = join(dir, "strict.json");
    expect(await runSeccompProfile([out])).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(ociSeccompProfile(INVENTORY, { tools: "none" }));
  });

  it.each([
    ["--with-tools", "process"],
    ["--with-namespaces", "namespaces"],
  ] as const)("seccomp-profile %s writes the %s-isolated tools profile", async (flag, tools) => {
    const out = join(dir, `${tools}.json`);
    expect(await runSeccompProfile([out, flag])).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(ociSeccompProfile(INVENTORY, { tools }));
  });

  it("apparmor-profile confines to the given paths and runs the policy's tools in the child profile", async () => {
    const out = join(dir, "apparmor");
    expect(await runApparmorProfile([out, ...paths, "--with-tools"])).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("/opt/kalguard/** r,");
    expect(text).toContain("/var/log/kalguard/** rw,");
    expect(text).toContain("/usr/bin/curl Cx -> tool,");
    expect(text).toMatch(/\/prlimit Cx -> tool,/);
    expect(text).toMatch(/\/setpriv Cx -> tool,/);
  });

  it("apparmor-profile refuses to guess the audit directory", async () => {
    const saved = process.env.KALGUARD_AUDIT_LOG_PATH;
    delete process.env.KALGUARD_AUDIT_LOG_PATH;
    try {
      await expect(runApparmorProfile(["--policy", policy])).rejects.toThrow(UsageError);
    } finally {
      if (saved !== undefined) process.env.KALGUARD_AUDIT_LOG_PATH = saved;
    }
  });

  it("sandbox-profile --platform darwin writes a balanced sandbox-exec profile", async () => {
    const out = join(dir, "service.sb");
    expect(await runSandboxProfile(["--platform", "darwin", out, ...paths])).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(() => parseSExprs(text)).not.toThrow();
    expect(text).toContain("(deny default)");
  });

  it("sandbox-profile refuses any platform but darwin", async () => {
    await expect(runSandboxProfile(["--platform", "linux", ...paths])).rejects.toThrow(UsageError);
    await expect(runSandboxProfile(paths)).rejects.toThrow(UsageError);
  });

  it("refuses a policy that is not JSON rather than confine by a guess", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    await expect(runApparmorProfile([...paths.slice(2), "--policy", bad, "--with-tools"])).rejects.toThrow(UsageError);
  });
});
