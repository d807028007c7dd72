import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfinementError, seccompArchForDebian, unitConfinement } from "../../../systemd/confinement.js";
import { generatedBlock } from "../../../systemd/generated-block.js";
import { DROP_IN_FILE, renderFiles, UNIT_FILE } from "../../../systemd/sync-unit.js";
import { INVENTORY } from "../../../os/inventory/inventory.js";

const REPO = resolve(import.meta.dirname, "../../..");
const unitText = readFileSync(UNIT_FILE, "utf8");
const dropInText = readFileSync(DROP_IN_FILE, "utf8");

/** Every `Key=value` of one section, in order; a key may repeat (systemd then adds to or resets it). */
function section(text: string, name: string): [string, string][] {
  const entries: [string, string][] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) current = header[1] as string;
    else if (current === name && /^[A-Za-z]+=/.test(line)) {
      const at = line.indexOf("=");
      entries.push([line.slice(0, at), line.slice(at + 1)]);
    }
  }
  return entries;
}

function values(text: string, name: string, key: string): string[] {
  return section(text, name).filter(([k]) => k === key).map(([, v]) => v);
}

/**
 * A file-system root holding this host's systemd units, the unit and its drop-in where the package puts
 * them, and the programs its Exec lines name, so `systemd-analyze --root` checks exactly the installed layout.
 */
function installedRoot(withDropIn: boolean): string {
  const root = mkdtempSync(join(tmpdir(), "kalguard-unit-"));
  cpSync("/lib/systemd/system", join(root, "lib/systemd/system"), { recursive: true, verbatimSymlinks: true });
  copyFileSync(UNIT_FILE, join(root, "lib/systemd/system/kalguard-sidecar.service"));
  if (withDropIn) {
    mkdirSync(join(root, "etc/systemd/system/kalguard-sidecar.service.d"), { recursive: true });
    copyFileSync(DROP_IN_FILE, join(root, "etc/systemd/system/kalguard-sidecar.service.d/tool-namespaces.conf"));
  }
  mkdirSync(join(root, "usr/bin"), { recursive: true });
  mkdirSync(join(root, "bin"), { recursive: true });
  copyFileSync(join(REPO, "packaging/deb/kalguard-sidecar"), join(root, "usr/bin/kalguard-sidecar"));
  copyFileSync("/bin/kill", join(root, "bin/kill"));
  execFileSync("chmod", ["0755", join(root, "usr/bin/kalguard-sidecar"), join(root, "bin/kill")]);
  return root;
}

describe("the systemd unit", () => {
  let plain: string;

  beforeAll(() => {
    plain = installedRoot(false);
  });

  afterAll(() => {
    if (plain) rmSync(plain, { recursive: true, force: true });
  });

  it("carries exactly the confinement the syscall inventory generates (one source of truth)", () => {
    const { unit, dropIn } = renderFiles("amd64");
    expect(unitText).toBe(unit);
    expect(dropInText).toBe(dropIn);
    expect(generatedBlock(unitText)).toEqual(unitConfinement("x86_64").unit);
  });

  it("filters system calls with an allow-list of the measured set, native ABI only", () => {
    const filters = values(unitText, "Service", "SystemCallFilter");
    expect(filters).toHaveLength(1);
    const allowed = (filters[0] as string).split(/\s+/);
    expect(allowed.length).toBeGreaterThan(20);
    expect(allowed.every((s) => /^[a-z0-9_]+$/.test(s))).toBe(true);
    for (const never of ["ptrace", "process_vm_readv", "kexec_load", "init_module", "finit_module", "bpf", "reboot", "swapon", "settimeofday", "keyctl"]) {
      expect(allowed).not.toContain(never);
    }
    expect(values(unitText, "Service", "SystemCallArchitectures")).toEqual(["native"]);
    expect(values(unitText, "Service", "SystemCallErrorNumber")).toEqual(["EPERM"]);
  });

  it.each([
    ["User", "kalguard"],
    ["Group", "kalguard"],
    ["ProtectSystem", "strict"],
    ["ProtectHome", "yes"],
    ["PrivateTmp", "yes"],
    ["PrivateDevices", "yes"],
    ["ProtectKernelTunables", "yes"],
    ["ProtectKernelModules", "yes"],
    ["ProtectKernelLogs", "yes"],
    ["ProtectControlGroups", "yes"],
    ["ProtectClock", "yes"],
    ["ProtectHostname", "yes"],
    ["ProtectProc", "invisible"],
    ["RestrictNamespaces", "yes"],
    ["RestrictRealtime", "yes"],
    ["RestrictSUIDSGID", "yes"],
    ["LockPersonality", "yes"],
    ["NoNewPrivileges", "yes"],
    ["MemoryDenyWriteExecute", "yes"],
    ["CapabilityBoundingSet", ""],
    ["AmbientCapabilities", ""],
    ["UMask", "0077"],
    ["LogsDirectory", "kalguard"],
    ["LogsDirectoryMode", "0700"],
    ["ConfigurationDirectory", "kalguard"],
    ["EnvironmentFile", "/etc/kalguard/env"],
    ["Restart", "on-failure"],
  ])("sets %s=%s", (key, value) => {
    expect(values(unitText, "Service", key)).toEqual([value]);
  });

  it("allows only IP, local and (measured: interface queries, bubblewrap's loopback) netlink sockets, and IP traffic only with this host", () => {
    const families = values(unitText, "Service", "RestrictAddressFamilies");
    expect(families).toHaveLength(1);
    for (const family of (families[0] as string).split(/\s+/)) expect(["AF_INET", "AF_INET6", "AF_UNIX", "AF_NETLINK"]).toContain(family);
    expect(values(unitText, "Service", "IPAddressDeny")).toEqual(["any"]);
    expect(values(unitText, "Service", "IPAddressAllow")).toEqual(["localhost"]);
  });

  it("gives write access to the audit directory only: no other writable or persistent path", () => {
    for (const key of ["ReadWritePaths", "StateDirectory", "CacheDirectory", "RuntimeDirectory", "BindPaths"]) {
      expect(values(unitText, "Service", key), key).toEqual([]);
    }
    expect(values(unitText, "Service", "Environment")).toContain("KALGUARD_AUDIT_LOG_PATH=/var/log/kalguard/audit.jsonl");
  });

  it("runs the service with its policy, reloads by validating the policy, sending SIGHUP and waiting until it is served, and bounds restarts", () => {
    expect(values(unitText, "Service", "ExecStart")).toEqual(["/usr/bin/kalguard-sidecar serve"]);
    expect(values(unitText, "Service", "Environment")).toContain("KALGUARD_POLICY_PATH=/etc/kalguard/policy.json");
    expect(values(unitText, "Service", "ExecReload")).toEqual([
      "/usr/bin/kalguard-sidecar policy check /etc/kalguard/policy.json",
      "/bin/kill -HUP $MAINPID",
      "/usr/bin/kalguard-sidecar policy await /etc/kalguard/policy.json",
    ]);
    expect(Number(values(unitText, "Unit", "StartLimitBurst")[0])).toBeGreaterThan(0);
    expect(values(unitText, "Unit", "StartLimitIntervalSec")).toHaveLength(1);
  });

  it("passes systemd-analyze verify without printing anything", () => {
    const result = spawnSync("systemd-analyze", ["verify", `--root=${plain}`, "/lib/systemd/system/kalguard-sidecar.service"], { encoding: "utf8" });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("scores at most 1.5 on systemd-analyze security", () => {
    const result = spawnSync("systemd-analyze", ["security", "--offline=yes", "--threshold=15", `--root=${plain}`, "kalguard-sidecar.service"], { encoding: "utf8" });
    const score = /Overall exposure level for kalguard-sidecar\.service: ([\d.]+)/.exec(result.stdout)?.[1];
    console.log(`systemd-analyze security: kalguard-sidecar.service exposure ${score}`);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(Number(score)).toBeLessThanOrEqual(1.5);
  });
});

describe("the namespaces drop-in", () => {
  it("relaxes only what bubblewrap needs: the measured namespaces, /proc/sys, and sethostname in its own namespace", () => {
    const entries = section(dropInText, "Service");
    expect(entries).toEqual([["ProcSubset", "all"], ["ProtectHostname", "no"], ...unitConfinement("x86_64").namespacesDropIn.map((d) => d.split("=", 2))]);
    expect(generatedBlock(dropInText)).toEqual(unitConfinement("x86_64").namespacesDropIn);
    expect(values(dropInText, "Service", "RestrictNamespaces")[0]).not.toBe("yes");
  });

  it("passes systemd-analyze verify on top of the unit without printing anything", () => {
    const root = installedRoot(true);
    try {
      const result = spawnSync("systemd-analyze", ["verify", `--root=${root}`, "/lib/systemd/system/kalguard-sidecar.service"], { encoding: "utf8" });
      expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: "", stderr: "" });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("confinement generation", () => {
  const empty = structuredClone(INVENTORY);
  for (const tier of Object.values(empty.tiers)) tier.groups = [];

  it("refuses an inventory that yields an empty filter, which systemd would read as no filter", () => {
    expect(() => unitConfinement("x86_64", empty)).toThrow(ConfinementError);
  });

  it("refuses to make a namespaces drop-in from an inventory in which tools created no namespaces", () => {
    const noNamespaces = structuredClone(INVENTORY);
    for (const tier of Object.values(noNamespaces.tiers)) tier.namespaces = false;
    expect(() => unitConfinement("x86_64", noNamespaces)).toThrow(ConfinementError);
  });

  it("maps Debian architectures to the inventory's and refuses the ones it does not cover", () => {
    expect(seccompArchForDebian("amd64")).toBe("x86_64");
    expect(seccompArchForDebian("arm64")).toBe("aarch64");
    expect(() => seccompArchForDebian("armhf")).toThrow(ConfinementError);
  });
});
