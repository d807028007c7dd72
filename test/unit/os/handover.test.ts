import { describe, expect, it } from "vitest";
import { summarizeHandover } from "../../../os/inventory/handover.js";

// Shape of an strace of containerd while runc starts a container with no-new-privileges (abridged).
const LOG = [
  "7810  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) = 0",
  "7810  capset({_LINUX_CAPABILITY_VERSION_3, 0}, {}) = 0",
  "7811  nanosleep({tv_sec=0, tv_nsec=20000}, NULL) = 0",
  "7810  prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, {len=9, filter=0xc0000b5e00} <unfinished ...>",
  "7811  futex(0x1, FUTEX_WAKE_PRIVATE, 1) = 1",
  "7810  <... prctl resumed>)              = 0",
  '7810  openat(AT_FDCWD, "/proc/self/fd", O_RDONLY|O_CLOEXEC) = 5',
  "7810  fstatfs(5, {f_type=PROC_SUPER_MAGIC}) = 0",
  "7810  getdents64(5, [...], 8192) = 96",
  "7810  close(4) = 0",
  '7810  execve("/usr/local/bin/node", ["node"], 0xc000078640 /* 8 vars */ <unfinished ...>',
  "7810  <... execve resumed>)             = 0",
  "7810  brk(NULL) = 0x55d0",
].join("\n");

describe("container runtime hand-over", () => {
  const names = summarizeHandover(LOG);

  it("takes the calls a thread makes between loading its filter and its execve", () => {
    expect([...names].sort()).toEqual(["close", "execve", "fstatfs", "getdents64", "openat"]);
  });

  it("leaves out calls before the filter, other threads' calls, and the entrypoint's own after execve", () => {
    for (const name of ["capset", "nanosleep", "futex", "brk"]) expect(names.has(name), name).toBe(false);
  });

  it("refuses a trace in which no filter was loaded", () => {
    expect(() => summarizeHandover("7810  close(3) = 0")).toThrow(/no seccomp filter/);
  });
});
