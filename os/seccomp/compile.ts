import { AUDIT_ARCH, SYSCALL_TABLES, X32_SYSCALL_BIT, type SeccompArch } from "./arch.js";
import { BPF, BPF_MAX_INSTRUCTIONS, SECCOMP_DATA, SECCOMP_RET, jump, load, ret, type BpfInstruction } from "./bpf.js";

export const EPERM = 1;
export const ENOSYS = 38;

/** What a filter refuses; everything else is allowed (a deny list: tools are arbitrary programs). */
export interface SeccompRuleSet {
  /** Syscalls that fail with EPERM. */
  deny: readonly string[];
  /**
   * Syscalls that fail with ENOSYS, so libc falls back to an older call the filter can inspect
   * (clone3 → clone, whose flags a classic BPF program can read but clone3's struct it cannot).
   */
  unsupported?: readonly string[];
  /** clone() fails with EPERM when its flags (argument 0) have any of these bits: namespaces without unshare. */
  cloneFlagsDeny?: number;
}

export interface CompiledFilter {
  arch: SeccompArch;
  program: BpfInstruction[];
  /** Names that do not exist on this architecture, so there is nothing to deny. */
  absentOnArch: string[];
}

export class UnknownSyscallError extends Error {
  constructor(readonly names: string[]) {
    super(`unknown syscall name(s): ${names.join(", ")}`);
    this.name = "UnknownSyscallError";
  }
}

/**
 * Compiles a rule set for one architecture. Layout:
 *   check arch (kill on a foreign one) · load nr · [x86_64: kill the x32 ABI] ·
 *   per syscall `jeq nr → ret ERRNO` pairs, ascending by number · [clone flag check] · ret ALLOW.
 * Each comparison jumps at most one instruction, so no jump offset can overflow its 8 bits however long the list.
 */
export function compileSeccompFilter(arch: SeccompArch, rules: SeccompRuleSet): CompiledFilter {
  const table = SYSCALL_TABLES[arch];
  const unknown = [...rules.deny, ...(rules.unsupported ?? [])].filter((name) => !knownOnAnyArch(name));
  if (unknown.length > 0) throw new UnknownSyscallError([...new Set(unknown)]);

  const absentOnArch = new Set<string>();
  const actions = new Map<number, number>();
  const add = (names: readonly string[], action: number) => {
    for (const name of names) {
      const nr = Object.hasOwn(table, name) ? table[name] : undefined;
      if (nr === undefined) absentOnArch.add(name);
      else if (!actions.has(nr)) actions.set(nr, action);
    }
  };
  add(rules.deny, SECCOMP_RET.ERRNO | EPERM);
  add(rules.unsupported ?? [], SECCOMP_RET.ERRNO | ENOSYS);

  const program: BpfInstruction[] = [
    load(SECCOMP_DATA.arch),
    jump(BPF.JEQ_K, AUDIT_ARCH[arch], 1, 0),
    ret(SECCOMP_RET.KILL_PROCESS),
    load(SECCOMP_DATA.nr),
  ];
  if (arch === "x86_64") program.push(jump(BPF.JGE_K, X32_SYSCALL_BIT, 0, 1), ret(SECCOMP_RET.KILL_PROCESS));
  for (const [nr, action] of [...actions].sort((a, b) => a[0] - b[0])) {
    program.push(jump(BPF.JEQ_K, nr, 0, 1), ret(action));
  }
  const cloneNr = table.clone;
  if (rules.cloneFlagsDeny && cloneNr !== undefined && !actions.has(cloneNr)) {
    program.push(
      jump(BPF.JEQ_K, cloneNr, 0, 3),
      load(SECCOMP_DATA.args), // the low 32 bits of args[0] on a little-endian machine
      jump(BPF.JSET_K, rules.cloneFlagsDeny, 0, 1),
      ret(SECCOMP_RET.ERRNO | EPERM),
    );
  }
  program.push(ret(SECCOMP_RET.ALLOW));
  if (program.length > BPF_MAX_INSTRUCTIONS) throw new Error(`seccomp program has ${program.length} instructions; the kernel takes ${BPF_MAX_INSTRUCTIONS}`);
  return { arch, program, absentOnArch: [...absentOnArch] };
}

export function knownOnAnyArch(name: string): boolean {
  return Object.values(SYSCALL_TABLES).some((table) => Object.hasOwn(table, name));
}
