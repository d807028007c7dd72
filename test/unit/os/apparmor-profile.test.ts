import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INVENTORY } from "../../../os/inventory/inventory.js";
import { appArmorProfile, UnsafeProfilePathError, type AppArmorOptions } from "../../../os/profiles/apparmor.js";

const BASE: AppArmorOptions = {
  name: "kalguard-sidecar",
  nodePath: "/usr/local/bin/node",
  installDir: "/app",
  policyPath: "/etc/kalguard/policy.json",
  auditDir: "/var/log/kalguard",
};
const WITH_TOOLS: AppArmorOptions = {
  ...BASE,
  tools: {
    tmpDir: "/tmp",
    runnerPrograms: ["/usr/bin/prlimit", "/usr/bin/setpriv", "/usr/bin/true", "/usr/bin/bwrap"],
    commands: [{ name: "weather", command: "/opt/tools/weather", network: true, readOnlyPaths: ["/opt/data"] }],
  },
};

/** Rules granting a write (w, a) permission: `path perms,` lines whose perms hold w or a. */
function writeRules(profile: string): string[] {
  return profile
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => !l.startsWith("deny") && /^\/\S*\s+[rwaklmix]*[wa][rwaklmix]*,$/.test(l));
}

const hasParser = spawnSync("apparmor_parser", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasParser) {
  if (process.env.CI) throw new Error("apparmor_parser is missing, and CI requires the AppArmor syntax check");
  console.warn("SKIPPED AppArmor syntax check: apparmor_parser is not installed (package apparmor); CI runs it.");
}

describe("AppArmor profile", () => {
  const dir = mkdtempSync(join(tmpdir(), "kalguard-apparmor-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(hasParser).each([
    ["check-only", BASE],
    ["with tools", WITH_TOOLS],
  ] as const)("is accepted by apparmor_parser -Q -K (%s)", (label, opts) => {
    const file = join(dir, `profile-${label.replace(/\W/g, "-")}`);
    writeFileSync(file, appArmorProfile(INVENTORY, opts));
    const r = spawnSync("apparmor_parser", ["-Q", "-K", file], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });

  it.runIf(hasParser)("is really parsed: a corrupted copy is refused", () => {
    const file = join(dir, "corrupt");
    writeFileSync(file, appArmorProfile(INVENTORY, BASE).replace("network inet tcp,", "network inet tcpp,"));
    expect(() => execFileSync("apparmor_parser", ["-Q", "-K", file], { stdio: "pipe" })).toThrow();
  });

  it("writes only the audit directory when it only checks", () => {
    expect(writeRules(appArmorProfile(INVENTORY, BASE))).toEqual(["/var/log/kalguard/ rw,", "/var/log/kalguard/** rw,"]);
  });

  it("reads the install tree, the node binary and the policy directory", () => {
    const profile = appArmorProfile(INVENTORY, BASE);
    for (const rule of ["/usr/local/bin/node mr,", "/app/** r,", "/etc/kalguard/** r,"]) expect(profile).toContain(rule);
  });

  it("grants TCP and no capability to the service", () => {
    const main = appArmorProfile(INVENTORY, BASE);
    expect(main).toMatch(/network inet6? tcp,/);
    expect(main).not.toMatch(/^\s*capability/m);
    expect(main).not.toMatch(/network (inet|inet6) (udp|raw|dgram)/);
    expect(main.match(/^\s*network .*$/gm)?.every((rule) => /network (inet6? tcp|netlink raw),/.test(rule))).toBe(true);
  });

  it("runs tools in a child profile that cannot touch the audit log or the policy", () => {
    const profile = appArmorProfile(INVENTORY, WITH_TOOLS);
    for (const program of ["/usr/bin/prlimit", "/usr/bin/setpriv", "/usr/bin/true", "/usr/bin/bwrap", "/opt/tools/weather"]) {
      expect(profile).toContain(`  ${program} Cx -> tool,`);
    }
    expect(profile).toContain("    /opt/tools/weather mrix,");
    expect(profile).toContain("deny /var/log/kalguard/** rwklx,");
    expect(profile).toContain("deny /etc/kalguard/** rwklx,");
    expect(writeRules(profile).filter((r) => !r.startsWith("/var/log/kalguard/") && !r.startsWith("/tmp/") && !r.startsWith("/dev/") && !r.startsWith("@{PROC}"))).toEqual([]);
  });

  it("refuses a policy file directly in / rather than open the whole system for reading", () => {
    expect(() => appArmorProfile(INVENTORY, { ...BASE, policyPath: "/policy.json" })).toThrow(UnsafeProfilePathError);
  });

  it.each(["/", "//", "/var/log/kal guard", "/var/log/*", "relative/dir", "/a/../etc", "/x,y", "/x{a}"])("refuses a path that would change a rule's meaning: %s", (bad) => {
    expect(() => appArmorProfile(INVENTORY, { ...BASE, auditDir: bad })).toThrow(UnsafeProfilePathError);
  });
});
