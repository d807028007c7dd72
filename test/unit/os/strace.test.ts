import { describe, expect, it } from "vitest";
import { emptySummary, summarizeTrace } from "../../../os/inventory/strace.js";

// Lines in the exact shape `strace -f -qq -s 0 -o FILE` writes them.
const LOG = [
  '100  execve("/usr/bin/node", [...], 0x7ffd /* 35 vars */) = 0',
  "100  clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS, child_tid=0x1, stack_size=0x7ffe80} => {parent_tid=[101]}, 88) = 101",
  "101  rseq(0x7f, 0x20, 0, 0x53053053 <unfinished ...>",
  "100  futex(0x7f, FUTEX_WAKE_PRIVATE, 1) = 0",
  "101  <... rseq resumed>)               = 0",
  "101  epoll_pwait(5, [], 1024, 0, NULL, 8) = 0",
  "100  socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 19",
  "100  clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f <unfinished ...>",
  "102  setsid( <unfinished ...>",
  "100  <... clone resumed>)             = 102",
  "102  <... setsid resumed>)            = 102",
  '102  execve("/usr/bin/bwrap", [...], 0x5 /* 3 vars */) = 0',
  "102  clone(child_stack=NULL, flags=CLONE_NEWNS|CLONE_NEWUSER|CLONE_NEWPID|SIGCHLD) = 103",
  "103  socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 3",
  "103  pivot_root(\".\", \".\") = 0",
  "100  wait4(102, [...], WNOHANG, NULL) = 102",
  "102  +++ exited with 0 +++",
  "100  --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED} ---",
].join("\n");

const THREADS_ONLY = [
  '200  execve("/usr/bin/node", [...], 0x7ffd /* 35 vars */) = 0',
  "200  clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM, stack_size=0x7ffe80} => {parent_tid=[201]}, 88) = 201",
  "201  futex(0x7f, FUTEX_WAIT_PRIVATE, 0, NULL) = 0",
].join("\n");

describe("strace log summary", () => {
  const summary = summarizeTrace(LOG);

  it("collects the calls of every task into one summary by default: the program, its threads and its children", () => {
    for (const name of ["execve", "clone3", "rseq", "epoll_pwait", "setsid", "pivot_root", "wait4"]) expect(summary.syscalls, name).toContain(name);
  });

  it("joins unfinished and resumed halves into one call", () => {
    expect(summary.syscalls).toContain("setsid");
    expect(summary.syscalls).toContain("clone");
  });

  it("records the socket families used", () => {
    expect([...summary.socketFamilies].sort()).toEqual(["AF_INET6", "AF_NETLINK"]);
  });

  it("records process and namespace creation", () => {
    expect(summary.forks).toBe(true);
    expect(summary.namespaces).toBe(true);
  });

  it("tells threads from processes: a program that only starts threads neither forks nor makes namespaces", () => {
    const threads = summarizeTrace(THREADS_ONLY);
    expect(threads.forks).toBe(false);
    expect(threads.namespaces).toBe(false);
  });

  describe("split between the program and the processes it starts", () => {
    const main = emptySummary();
    const children = emptySummary();
    summarizeTrace(LOG, main, children);

    it("keeps the program's and its threads' calls (CLONE_THREAD) in the program's summary", () => {
      expect([...main.syscalls].sort()).toEqual(["clone", "clone3", "epoll_pwait", "execve", "futex", "rseq", "socket", "wait4"]);
      expect([...main.socketFamilies]).toEqual(["AF_INET6"]);
    });

    it("puts a started process and everything below it in the children's summary", () => {
      expect([...children.syscalls].sort()).toEqual(["clone", "execve", "pivot_root", "setsid", "socket"]);
      expect([...children.socketFamilies]).toEqual(["AF_NETLINK"]);
    });

    it("counts starting a process, and namespaces, as the children's need", () => {
      expect(main.forks).toBe(false);
      expect(main.namespaces).toBe(false);
      expect(children.forks).toBe(true);
      expect(children.namespaces).toBe(true);
    });
  });

  it("ignores exit and signal lines", () => {
    expect([...summary.syscalls].filter((n) => !/^[a-z0-9_]+$/.test(n))).toEqual([]);
  });

  it("adds further logs into the same summary", () => {
    const both = summarizeTrace(THREADS_ONLY, summarizeTrace(LOG));
    expect(both.syscalls).toContain("futex");
    expect(both.forks).toBe(true);
  });

  it("refuses a log without calls rather than report an empty need", () => {
    expect(() => summarizeTrace("")).toThrow(/no system calls/);
  });
});
