import { describe, expect, it } from "vitest";
import { groupOf } from "../../../os/inventory/catalogue.js";
import { INVENTORY, inventorySyscalls, namesForArch, TIERS, UnmappedSyscallError } from "../../../os/inventory/inventory.js";
import { SYSCALL_TABLES } from "../../../os/seccomp/index.js";

describe("committed syscall inventory", () => {
  it("was measured, with the workload it ran recorded", () => {
    expect(INVENTORY.measuredWith.workload.length).toBeGreaterThan(3);
    expect(inventorySyscalls(INVENTORY, "none").length).toBeGreaterThan(30);
  });

  it("files every syscall under the catalogue group that gives its reason", () => {
    for (const tier of TIERS) {
      for (const group of INVENTORY.tiers[tier].groups) {
        for (const name of group.syscalls) expect(groupOf(name)?.id, `${tier}/${name}`).toBe(group.id);
      }
    }
  });

  it("lists each tools-tier syscall only once, beyond the service tier", () => {
    const service = new Set(inventorySyscalls(INVENTORY, "none"));
    const tools = INVENTORY.tiers.tools.groups.flatMap((g) => g.syscalls);
    expect(tools.filter((n) => service.has(n))).toEqual([]);
  });

  it("never lets the service itself create namespaces", () => {
    expect(INVENTORY.tiers.service.namespaces).toBe(false);
  });

  it("translates onto aarch64 with only names that exist there", () => {
    for (const level of ["none", "process", "namespaces"] as const) {
      const names = namesForArch("aarch64", inventorySyscalls(INVENTORY, level));
      expect(names.filter((n) => !Object.hasOwn(SYSCALL_TABLES.aarch64, n))).toEqual([]);
    }
  });

  it("maps the legacy calls aarch64 lacks to their successors", () => {
    expect(namesForArch("aarch64", ["open", "stat", "poll", "epoll_wait", "pipe", "fork"])).toEqual(["clone", "epoll_pwait", "newfstatat", "openat", "pipe2", "ppoll"]);
  });

  it("refuses an x86_64-only call it has no aarch64 mapping for", () => {
    expect(() => namesForArch("aarch64", ["modify_ldt"])).toThrow(UnmappedSyscallError);
  });
});
