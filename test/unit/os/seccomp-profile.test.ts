import { describe, expect, it } from "vitest";
import { handoverSyscalls, INVENTORY, inventoryFamilies, inventorySyscalls, namesForArch } from "../../../os/inventory/inventory.js";
import { ociSeccompProfile, type OciSeccompProfile } from "../../../os/profiles/seccomp-oci.js";
import { CLONE_NAMESPACE_FLAGS } from "../../../os/seccomp/index.js";

/** Names a profile allows unconditionally on one architecture (Docker's arch names: amd64, arm64). */
function plainAllowed(profile: OciSeccompProfile, dockerArch: string): Set<string> {
  return new Set(
    profile.syscalls
      .filter((r) => r.action === "SCMP_ACT_ALLOW" && !r.args && (!r.includes || r.includes.arches.includes(dockerArch)))
      .flatMap((r) => r.names),
  );
}

describe.each(["none", "process", "namespaces"] as const)("OCI seccomp profile (tools: %s)", (tools) => {
  const profile = ociSeccompProfile(INVENTORY, { tools });

  it("fails everything not listed with EPERM", () => {
    expect(profile.defaultAction).toBe("SCMP_ACT_ERRNO");
    expect(profile.defaultErrnoRet).toBe(1);
  });

  it("covers x86_64 and aarch64 with their 32-bit sub-architectures", () => {
    expect(profile.archMap).toEqual([
      { architecture: "SCMP_ARCH_X86_64", subArchitectures: ["SCMP_ARCH_X86", "SCMP_ARCH_X32"] },
      { architecture: "SCMP_ARCH_AARCH64", subArchitectures: ["SCMP_ARCH_ARM"] },
    ]);
  });

  it.each([
    ["x86_64", "amd64"],
    ["aarch64", "arm64"],
  ] as const)("allows exactly the inventory and the runtime's hand-over on %s, argument-filtered calls aside", (arch, docker) => {
    const measured = [...new Set([...inventorySyscalls(INVENTORY, tools), ...handoverSyscalls(INVENTORY)])];
    const expected = namesForArch(arch, measured).filter((n) => !["clone", "clone3", "socket"].includes(n));
    expect([...plainAllowed(profile, docker)].filter((n) => n !== "clone").sort()).toEqual(expected);
  });

  it("answers clone3 with ENOSYS so libc falls back to clone, whose flags a filter can read", () => {
    expect(profile.syscalls.filter((r) => r.names.includes("clone3"))).toEqual([expect.objectContaining({ action: "SCMP_ACT_ERRNO", errnoRet: 38 })]);
  });

  it("allows socket() only for the measured address families", () => {
    const rules = profile.syscalls.filter((r) => r.names.includes("socket"));
    expect(rules.every((r) => r.args?.length === 1 && r.args[0]?.op === "SCMP_CMP_EQ" && r.args[0].index === 0)).toBe(true);
    expect(rules.map((r) => r.comment)).toEqual(inventoryFamilies(INVENTORY, tools));
    expect(rules.map((r) => r.args?.[0]?.value)).not.toContain(17); // AF_PACKET
  });
});

describe("check-only, process-tools and namespace-tools profiles", () => {
  const strict = ociSeccompProfile(INVENTORY, { tools: "none" });
  const tools = ociSeccompProfile(INVENTORY, { tools: "process" });
  const namespaces = ociSeccompProfile(INVENTORY, { tools: "namespaces" });
  const CLONE_THREAD = 0x10000;
  const cloneRules = (p: OciSeccompProfile) => p.syscalls.filter((r) => r.names.includes("clone"));

  it("lets a check-only sidecar clone threads only: CLONE_THREAD set, no namespace flag", () => {
    expect(cloneRules(strict)).toEqual([
      expect.objectContaining({ action: "SCMP_ACT_ALLOW", args: [{ index: 0, value: CLONE_NAMESPACE_FLAGS | CLONE_THREAD, valueTwo: CLONE_THREAD, op: "SCMP_CMP_MASKED_EQ" }] }),
    ]);
  });

  it("lets process-isolated tools start processes, never with a namespace flag", () => {
    expect(cloneRules(tools)).toEqual([
      expect.objectContaining({ action: "SCMP_ACT_ALLOW", args: [{ index: 0, value: CLONE_NAMESPACE_FLAGS, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" }] }),
    ]);
  });

  it("lets bubblewrap create namespaces only in the namespaces profile", () => {
    expect(cloneRules(namespaces)).toEqual([expect.objectContaining({ action: "SCMP_ACT_ALLOW" })]);
    expect(cloneRules(namespaces)[0]?.args).toBeUndefined();
    expect(plainAllowed(namespaces, "amd64").has("unshare")).toBe(true);
  });

  it("keeps namespace and mount calls out of the check-only and process-tools profiles", () => {
    for (const profile of [strict, tools]) {
      const allowed = plainAllowed(profile, "amd64");
      for (const name of ["unshare", "setns", "mount", "umount2", "pivot_root"]) expect(allowed.has(name), name).toBe(false);
    }
  });

  it("widens step by step: each profile a superset of the one before", () => {
    const steps = [strict, tools, namespaces].map((p) => plainAllowed(p, "amd64"));
    for (let i = 1; i < steps.length; i++) {
      expect([...(steps[i - 1] ?? [])].filter((n) => !steps[i]?.has(n))).toEqual([]);
      expect(steps[i]?.size).toBeGreaterThan(steps[i - 1]?.size ?? 0);
    }
  });

  it("never allows tracing, BPF, keyrings or kernel modules, whatever the tools", () => {
    for (const profile of [strict, tools, namespaces]) {
      const allowed = plainAllowed(profile, "amd64");
      for (const name of ["ptrace", "bpf", "perf_event_open", "keyctl", "add_key", "init_module", "finit_module", "kexec_load", "userfaultfd", "process_vm_readv", "setns"]) {
        expect(allowed.has(name), name).toBe(false);
      }
    }
  });
});
