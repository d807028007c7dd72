import { SYSCALLS_AARCH64 } from "./syscalls-aarch64.js";
import { SYSCALLS_X86_64 } from "./syscalls-x86_64.js";

export const SECCOMP_ARCHES = ["x86_64", "aarch64"] as const;
export type SeccompArch = (typeof SECCOMP_ARCHES)[number];

/** AUDIT_ARCH_* from linux/audit.h: EM_* | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE. */
export const AUDIT_ARCH: Readonly<Record<SeccompArch, number>> = {
  x86_64: 0xc000_003e,
  aarch64: 0xc000_00b7,
};

/** On x86_64 a syscall number with this bit set comes through the x32 ABI. */
export const X32_SYSCALL_BIT = 0x4000_0000;

export const SYSCALL_TABLES: Readonly<Record<SeccompArch, Readonly<Record<string, number>>>> = {
  x86_64: SYSCALLS_X86_64,
  aarch64: SYSCALLS_AARCH64,
};

/** The seccomp architecture of the running Node, or undefined where no table exists. */
export function hostSeccompArch(nodeArch: string = process.arch): SeccompArch | undefined {
  if (nodeArch === "x64") return "x86_64";
  if (nodeArch === "arm64") return "aarch64";
  return undefined;
}

export function syscallNumber(arch: SeccompArch, name: string): number | undefined {
  return Object.hasOwn(SYSCALL_TABLES[arch], name) ? SYSCALL_TABLES[arch][name] : undefined;
}
