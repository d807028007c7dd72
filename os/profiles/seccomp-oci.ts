import { CLONE_NAMESPACE_FLAGS, EPERM, ENOSYS, SECCOMP_ARCHES, type SeccompArch } from "../seccomp/index.js";
import { ADDRESS_FAMILIES, handoverSyscalls, inventoryFamilies, inventoryForks, inventoryNeedsNamespaces, inventorySyscalls, namesForArch, type Inventory, type ToolSupport } from "../inventory/inventory.js";

/** The OCI runtime-spec / Docker seccomp profile format (the subset this generator writes). */
export interface OciSeccompProfile {
  defaultAction: "SCMP_ACT_ERRNO";
  defaultErrnoRet: number;
  archMap: { architecture: string; subArchitectures: string[] }[];
  syscalls: OciSyscallRule[];
}

export interface OciSyscallRule {
  names: string[];
  action: "SCMP_ACT_ALLOW" | "SCMP_ACT_ERRNO";
  errnoRet?: number;
  args?: { index: number; value: number; valueTwo: number; op: "SCMP_CMP_EQ" | "SCMP_CMP_MASKED_EQ" }[];
  includes?: { arches: string[] };
  comment?: string;
}

const ARCH = {
  x86_64: { scmp: "SCMP_ARCH_X86_64", sub: ["SCMP_ARCH_X86", "SCMP_ARCH_X32"], docker: "amd64" },
  aarch64: { scmp: "SCMP_ARCH_AARCH64", sub: ["SCMP_ARCH_ARM"], docker: "arm64" },
} as const satisfies Record<SeccompArch, { scmp: string; sub: string[]; docker: string }>;

/** Calls whose arguments the profile inspects; they are never in the plain allow rule. */
const FILTERED = new Set(["clone", "clone3", "socket"]);

/** CLONE_THREAD: a new thread in the same process, rather than a new process. */
const CLONE_THREAD = 0x0001_0000;

/**
 * clone() as the tiers need it: any flags where bubblewrap makes namespaces; processes but no namespaces where
 * tools run without it; threads only for a check-only sidecar, which never starts a process.
 */
function cloneRule(inventory: Inventory, tools: ToolSupport): OciSyscallRule {
  if (inventoryNeedsNamespaces(inventory, tools)) return { names: ["clone"], action: "SCMP_ACT_ALLOW", comment: "bubblewrap creates namespaces for tools" };
  const forks = inventoryForks(inventory, tools);
  return {
    names: ["clone"],
    action: "SCMP_ACT_ALLOW",
    // SCMP_CMP_MASKED_EQ: (flags & value) == valueTwo.
    args: [{ index: 0, value: forks ? CLONE_NAMESPACE_FLAGS : CLONE_NAMESPACE_FLAGS | CLONE_THREAD, valueTwo: forks ? 0 : CLONE_THREAD, op: "SCMP_CMP_MASKED_EQ" }],
    comment: forks ? "threads and processes, never new namespaces" : "threads only: no processes, no namespaces",
  };
}

/**
 * An OCI seccomp profile from the inventory: everything not listed fails with EPERM.
 *  - clone is allowed for threads only when the sidecar only checks; for processes too when it runs tools; with
 *    namespace flags only when tools run under bubblewrap;
 *  - clone3 answers ENOSYS, because a filter cannot read its flags from memory: libc then falls back to clone;
 *  - socket is allowed only for the address families the workload used.
 * Made for no-new-privileges: the runtime then installs the filter just before the entrypoint's execve, and
 * the few calls it makes in between (measured: containerHandover) are in the allow list; its earlier set-up
 * calls (capabilities, user switch) are not, so without no-new-privileges the container fails to start.
 */
export function ociSeccompProfile(inventory: Inventory, opts: { tools: ToolSupport }): OciSeccompProfile {
  const x86 = [...new Set([...inventorySyscalls(inventory, opts.tools), ...handoverSyscalls(inventory)])].sort();
  const perArch = Object.fromEntries(SECCOMP_ARCHES.map((arch) => [arch, namesForArch(arch, x86).filter((n) => !FILTERED.has(n))])) as Record<SeccompArch, string[]>;
  const common = perArch.x86_64.filter((n) => perArch.aarch64.includes(n));

  const rules: OciSyscallRule[] = [{ names: common, action: "SCMP_ACT_ALLOW", comment: "measured inventory (os/inventory/syscalls.json)" }];
  for (const arch of SECCOMP_ARCHES) {
    const only = perArch[arch].filter((n) => !common.includes(n));
    if (only.length > 0) rules.push({ names: only, action: "SCMP_ACT_ALLOW", includes: { arches: [ARCH[arch].docker] }, comment: `inventory calls that exist only on ${arch}` });
  }

  const all = new Set(x86);
  // clone3 answers ENOSYS below, so where the runtime measured clone3 it will make clone instead.
  if (all.has("clone") || all.has("clone3")) rules.push(cloneRule(inventory, opts.tools));
  if (all.has("clone3")) rules.push({ names: ["clone3"], action: "SCMP_ACT_ERRNO", errnoRet: ENOSYS, comment: "flags unreadable by a filter: make libc fall back to clone" });
  if (all.has("socket")) {
    for (const family of inventoryFamilies(inventory, opts.tools)) {
      rules.push({ names: ["socket"], action: "SCMP_ACT_ALLOW", args: [{ index: 0, value: ADDRESS_FAMILIES[family], valueTwo: 0, op: "SCMP_CMP_EQ" }], comment: family });
    }
  }

  return {
    defaultAction: "SCMP_ACT_ERRNO",
    defaultErrnoRet: EPERM,
    archMap: SECCOMP_ARCHES.map((arch) => ({ architecture: ARCH[arch].scmp, subArchitectures: [...ARCH[arch].sub] })),
    syscalls: rules,
  };
}
