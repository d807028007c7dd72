import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AUDIT_ARCH,
  CLONE_NAMESPACE_FLAGS,
  DEFAULT_TOOL_DENY,
  ENOSYS,
  EPERM,
  SECCOMP_RET,
  SYSCALL_TABLES,
  UnknownSyscallError,
  compileSeccompFilter,
  encodeProgram,
  toolRuleSet,
  type SeccompArch,
} from "../../../os/seccomp/index.js";
import { runBpf } from "./bpf-interpreter.js";

const KILL = SECCOMP_RET.KILL_PROCESS;
const ALLOW = SECCOMP_RET.ALLOW;
const DENIED = SECCOMP_RET.ERRNO | EPERM;
const nr = (arch: SeccompArch, name: string): number => {
  const n = SYSCALL_TABLES[arch][name];
  if (n === undefined) throw new Error(`${name} not on ${arch}`);
  return n;
};

describe("seccomp compiler: exact program", () => {
  it("compiles {deny: mount, ptrace} for x86_64 to the hand-checked listing", () => {
    // Hand-checked against linux/seccomp.h, linux/audit.h, linux/filter.h and arch/x86/entry/syscalls/syscall_64.tbl:
    // ptrace = 101, mount = 165; AUDIT_ARCH_X86_64 = 0xc000003e; comparisons sorted by syscall number.
    const listing = [
      "20 00 00 00000004", //  0: ld  [4]                 seccomp_data.arch
      "15 01 00 c000003e", //  1: jeq #AUDIT_ARCH_X86_64  jt 3 jf 2
      "06 00 00 80000000", //  2: ret KILL_PROCESS        foreign architecture
      "20 00 00 00000000", //  3: ld  [0]                 seccomp_data.nr
      "35 00 01 40000000", //  4: jge #0x40000000         jt 5 jf 6 (x32 ABI)
      "06 00 00 80000000", //  5: ret KILL_PROCESS
      "15 00 01 00000065", //  6: jeq #101 (ptrace)       jt 7 jf 8
      "06 00 00 00050001", //  7: ret ERRNO(EPERM)
      "15 00 01 000000a5", //  8: jeq #165 (mount)        jt 9 jf 10
      "06 00 00 00050001", //  9: ret ERRNO(EPERM)
      "06 00 00 7fff0000", // 10: ret ALLOW
    ];
    const program = compileSeccompFilter("x86_64", { deny: ["mount", "ptrace"] }).program;
    const shown = program.map((i) => `${hex(i.code, 2)} ${hex(i.jt, 2)} ${hex(i.jf, 2)} ${hex(i.k, 8)}`);
    expect(shown).toEqual(listing);
  });

  it("compiles the same rules for aarch64 without the x32 check and with aarch64 numbers", () => {
    // arm64 uses the generic table: mount = 40, ptrace = 117; AUDIT_ARCH_AARCH64 = 0xc00000b7.
    const program = compileSeccompFilter("aarch64", { deny: ["mount", "ptrace"] }).program;
    expect(program.map((i) => `${hex(i.code, 2)} ${hex(i.jt, 2)} ${hex(i.jf, 2)} ${hex(i.k, 8)}`)).toEqual([
      "20 00 00 00000004",
      "15 01 00 c00000b7",
      "06 00 00 80000000",
      "20 00 00 00000000",
      "15 00 01 00000028",
      "06 00 00 00050001",
      "15 00 01 00000075",
      "06 00 00 00050001",
      "06 00 00 7fff0000",
    ]);
  });

  it("encodes each instruction as 8 little-endian bytes: u16 code, u8 jt, u8 jf, u32 k", () => {
    const bytes = encodeProgram(compileSeccompFilter("x86_64", { deny: ["mount"] }).program);
    expect(bytes.length).toBe(9 * 8);
    expect([...bytes.subarray(8, 16)]).toEqual([0x15, 0x00, 0x01, 0x00, 0x3e, 0x00, 0x00, 0xc0]);
  });

  it("refuses a syscall name that exists on no architecture", () => {
    expect(() => compileSeccompFilter("x86_64", { deny: ["mount", "no_such_call"] })).toThrow(UnknownSyscallError);
  });

  it("reports, and skips, a name that exists only on the other architecture", () => {
    const compiled = compileSeccompFilter("aarch64", { deny: ["iopl", "mount"] });
    expect(compiled.absentOnArch).toEqual(["iopl"]);
  });
});

describe.each(["x86_64", "aarch64"] as const)("seccomp compiler: behaviour of the default tool filter on %s", (arch) => {
  const program = compileSeccompFilter(arch, toolRuleSet()).program;
  const foreign = arch === "x86_64" ? AUDIT_ARCH.aarch64 : AUDIT_ARCH.x86_64;

  it("kills any syscall made under a foreign architecture", () => {
    fc.assert(fc.property(fc.nat(1000), (n) => runBpf(program, { arch: foreign, nr: n }) === KILL));
    expect(runBpf(program, { arch: 0x4000_0003 /* i386 */, nr: nr(arch, "read") })).toBe(KILL);
  });

  it("returns EPERM for every syscall of the default deny set that exists on the architecture", () => {
    for (const name of DEFAULT_TOOL_DENY) {
      const n = SYSCALL_TABLES[arch][name];
      if (n !== undefined) expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: n }), name).toBe(DENIED);
    }
    for (const name of ["ptrace", "mount", "unshare", "setns", "bpf", "kexec_load", "init_module", "userfaultfd"]) {
      expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: nr(arch, name) }), name).toBe(DENIED);
    }
  });

  it("allows every other syscall of the table", () => {
    const denied = new Set<string>([...DEFAULT_TOOL_DENY, "clone3", "clone"]);
    for (const [name, n] of Object.entries(SYSCALL_TABLES[arch])) {
      if (!denied.has(name)) expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: n }), name).toBe(ALLOW);
    }
  });

  it("makes clone3 fail with ENOSYS so libc falls back to clone, whose flags the filter can read", () => {
    expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: nr(arch, "clone3") })).toBe(SECCOMP_RET.ERRNO | ENOSYS);
  });

  it("refuses clone with any namespace flag and allows a plain fork or thread clone", () => {
    const clone = nr(arch, "clone");
    const SIGCHLD = 17;
    expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: clone, args: [SIGCHLD] })).toBe(ALLOW);
    expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: clone, args: [0x003d0f00] /* glibc pthread_create */ })).toBe(ALLOW);
    for (let bit = 0; bit < 32; bit++) {
      const flag = (1 << bit) >>> 0;
      if ((CLONE_NAMESPACE_FLAGS & flag) === 0) continue;
      expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: clone, args: [(flag | SIGCHLD) >>> 0] }), `flag ${hex(flag, 8)}`).toBe(DENIED);
    }
  });

  it("denies the extra syscalls a policy adds for one tool", () => {
    const tightened = compileSeccompFilter(arch, toolRuleSet(["socket", "connect"])).program;
    expect(runBpf(tightened, { arch: AUDIT_ARCH[arch], nr: nr(arch, "socket") })).toBe(DENIED);
    expect(runBpf(program, { arch: AUDIT_ARCH[arch], nr: nr(arch, "socket") })).toBe(ALLOW);
  });
});

describe("seccomp compiler: x86_64 only", () => {
  it("kills syscalls made through the x32 ABI", () => {
    const program = compileSeccompFilter("x86_64", toolRuleSet()).program;
    fc.assert(fc.property(fc.integer({ min: 0x4000_0000, max: 0xffff_ffff }), (n) => runBpf(program, { arch: AUDIT_ARCH.x86_64, nr: n }) === KILL));
  });
});

function hex(n: number, width: number): string {
  return (n >>> 0).toString(16).padStart(width, "0");
}
