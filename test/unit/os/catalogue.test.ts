import { describe, expect, it } from "vitest";
import { SYSCALL_GROUPS } from "../../../os/inventory/catalogue.js";
import { SYSCALL_TABLES } from "../../../os/seccomp/index.js";

describe("syscall catalogue", () => {
  const all = SYSCALL_GROUPS.flatMap((g) => g.syscalls);

  it("places every syscall in exactly one group, so each has one reason", () => {
    expect(all.filter((name, i) => all.indexOf(name) !== i)).toEqual([]);
  });

  it("names only real x86_64 syscalls", () => {
    expect(all.filter((name) => !Object.hasOwn(SYSCALL_TABLES.x86_64, name))).toEqual([]);
  });

  it("gives every group a one-line reason", () => {
    for (const g of SYSCALL_GROUPS) expect(g.reason).toMatch(/^[^\n]{10,}$/);
  });
});
