import { execFileSync } from "node:child_process";
import type { SeccompArch } from "./arch.js";

/**
 * Reads a syscall name → number table from the Linux UAPI headers through the C preprocessor, so the committed
 * tables are generated, never typed by hand. x86_64 has its own `asm/unistd_64.h`; aarch64 uses the generic
 * table with the `__ARCH_WANT_*` switches arch/arm64/include/uapi/asm/unistd.h sets, on a 64-bit long.
 */
export function readHeaderTable(arch: SeccompArch, includeDir = "/usr/include"): Map<string, number> {
  const macros =
    arch === "x86_64"
      ? preprocess(["-include", `${includeDir}/x86_64-linux-gnu/asm/unistd_64.h`, "/dev/null"])
      : preprocess([
          "-D__BITS_PER_LONG=64",
          ...["RENAMEAT", "NEW_STAT", "SET_GET_RLIMIT", "TIME32_SYSCALLS", "SYS_CLONE3", "MEMFD_SECRET"].map((w) => `-D__ARCH_WANT_${w}`),
          `${includeDir}/asm-generic/unistd.h`,
        ]);
  const table = new Map<string, number>();
  for (const name of macros.keys()) {
    // __NR_syscalls is the table size and __NR_arch_specific_syscall the first slot reserved for other arches.
    if (!name.startsWith("__NR_") || name === "__NR_syscalls" || name === "__NR_arch_specific_syscall") continue;
    const value = resolve(name, macros, 0);
    if (value !== undefined) table.set(name.slice("__NR_".length), value);
  }
  return new Map([...table].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])));
}

function preprocess(args: string[]): Map<string, string> {
  const out = execFileSync("cpp", ["-dM", "-I/usr/include", ...args], { encoding: "utf8" });
  const macros = new Map<string, string>();
  for (const line of out.split("\n")) {
    const m = /^#define (\w+) (.+)$/.exec(line);
    if (m?.[1] && m[2]) macros.set(m[1], m[2].trim());
  }
  return macros;
}

/** Follows `__NR_fcntl → __NR3264_fcntl → 25` and `(__NR_SYSCALL_BASE + 3)` style definitions. */
function resolve(name: string, macros: Map<string, string>, depth: number): number | undefined {
  const body = macros.get(name);
  if (body === undefined || depth > 8) return undefined;
  const expr = body.replace(/^\((.*)\)$/, "$1").trim();
  if (/^\d+$/.test(expr)) return Number(expr);
  if (/^\w+$/.test(expr)) return resolve(expr, macros, depth + 1);
  const sum = /^(\w+)\s*\+\s*(\d+)$/.exec(expr);
  if (sum?.[1] && sum[2]) {
    const base = /^\d+$/.test(sum[1]) ? Number(sum[1]) : resolve(sum[1], macros, depth + 1);
    return base === undefined ? undefined : base + Number(sum[2]);
  }
  return undefined;
}
