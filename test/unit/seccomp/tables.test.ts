import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECCOMP_ARCHES, SYSCALL_TABLES } from "../../../os/seccomp/index.js";
import { readHeaderTable } from "../../../os/seccomp/header-tables.js";

function headersPresent(): boolean {
  try {
    execFileSync("cpp", ["--version"], { stdio: "ignore" });
  } catch {
    return false;
  }
  return existsSync("/usr/include/asm-generic/unistd.h") && existsSync("/usr/include/x86_64-linux-gnu/asm/unistd_64.h");
}

const present = headersPresent();
if (!present) console.warn("SKIPPED syscall table check: cpp or the Linux UAPI headers (linux-libc-dev) are not installed here.");

describe.skipIf(!present)("syscall tables", () => {
  it.each(SECCOMP_ARCHES)("the committed %s table equals the one the installed kernel headers define", (arch) => {
    expect(Object.entries(SYSCALL_TABLES[arch])).toEqual([...readHeaderTable(arch)]);
  });
});

describe("syscall tables: shape", () => {
  it.each(SECCOMP_ARCHES)("%s numbers are unique", (arch) => {
    const numbers = Object.values(SYSCALL_TABLES[arch]);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
