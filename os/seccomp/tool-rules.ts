import type { SeccompRuleSet } from "./compile.js";

/** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET: namespace creation through clone(). */
export const CLONE_NAMESPACE_FLAGS = 0x0002_0000 | 0x0200_0000 | 0x0400_0000 | 0x0800_0000 | 0x1000_0000 | 0x2000_0000 | 0x4000_0000;

/**
 * Syscalls no sandboxed tool gets: tracing and reading other processes, mounting (old and new mount API),
 * namespaces, kernel modules and kexec, BPF and perf, the kernel keyring, userfaultfd, handle-based opens that
 * step around path checks, io_uring (its operations bypass seccomp), clocks, swap, accounting, reboot.
 */
export const DEFAULT_TOOL_DENY = Object.freeze([
  "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_getfd", "kcmp", "process_madvise",
  "mount", "umount2", "pivot_root", "chroot", "fsopen", "fsconfig", "fsmount", "fspick", "move_mount", "open_tree", "mount_setattr",
  "unshare", "setns",
  "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "create_module", "get_kernel_syms", "query_module",
  "bpf", "perf_event_open",
  "keyctl", "add_key", "request_key",
  "userfaultfd", "open_by_handle_at", "name_to_handle_at",
  "io_uring_setup", "io_uring_enter", "io_uring_register",
  "reboot", "swapon", "swapoff", "acct", "quotactl", "syslog", "vhangup", "lookup_dcookie", "uselib", "iopl", "ioperm",
  "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
] as const);

/** The default tool filter, tightened by a policy's per-tool `exec.seccompDeny`. */
export function toolRuleSet(extraDeny: readonly string[] = []): SeccompRuleSet {
  return {
    deny: [...new Set([...DEFAULT_TOOL_DENY, ...extraDeny])],
    unsupported: ["clone3"],
    cloneFlagsDeny: CLONE_NAMESPACE_FLAGS,
  };
}
