/**
 * Why a syscall may be needed, by purpose. The measurement decides WHICH syscalls the inventory holds; this
 * catalogue only says why each one is there. A measured syscall that no group names stops the measurement,
 * so a new need is never admitted without a written reason.
 */
export interface SyscallGroup {
  id: string;
  reason: string;
  syscalls: readonly string[];
}

export const SYSCALL_GROUPS: readonly SyscallGroup[] = [
  {
    id: "process-start",
    reason: "exec of node and of each tool, dynamic loading, TLS and thread-list set-up, thread names, process exit",
    syscalls: ["execve", "execveat", "arch_prctl", "set_tid_address", "set_robust_list", "get_robust_list", "rseq", "exit", "exit_group", "uname", "personality", "prctl"],
  },
  {
    id: "memory",
    reason: "V8 heap, JIT code pages and allocator: map, protect, advise and release memory",
    syscalls: ["brk", "mmap", "munmap", "mprotect", "madvise", "mremap", "msync", "mincore", "membarrier", "mlock", "munlock", "pkey_alloc", "pkey_free", "pkey_mprotect", "memfd_create"],
  },
  {
    id: "threads",
    reason: "libuv's thread pool and V8's platform threads: create, wait on futexes, yield, query CPU affinity",
    syscalls: ["clone", "clone3", "futex", "futex_waitv", "sched_yield", "sched_getaffinity", "sched_setaffinity", "sched_getparam", "sched_getscheduler", "sched_setscheduler", "getcpu"],
  },
  {
    id: "signals",
    reason: "SIGTERM/SIGINT handling for graceful stop, SIGCHLD for tool exits, V8 stack-overflow alternate stack",
    syscalls: ["rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sigaltstack", "rt_sigtimedwait", "rt_sigsuspend", "rt_sigqueueinfo", "tgkill", "tkill", "kill", "restart_syscall", "pause", "alarm", "signalfd", "signalfd4"],
  },
  {
    id: "event-loop",
    reason: "libuv's epoll loop, its wake-up eventfd and pipes, timers",
    syscalls: ["epoll_create", "epoll_create1", "epoll_ctl", "epoll_wait", "epoll_pwait", "epoll_pwait2", "eventfd", "eventfd2", "pipe", "pipe2", "poll", "ppoll", "select", "pselect6", "timerfd_create", "timerfd_settime", "timerfd_gettime", "io_uring_setup", "io_uring_enter", "io_uring_register"],
  },
  {
    id: "time",
    reason: "clocks for token expiry, rate-limit windows, audit timestamps and timeouts",
    syscalls: ["clock_gettime", "clock_getres", "gettimeofday", "time", "nanosleep", "clock_nanosleep", "times"],
  },
  {
    id: "randomness",
    reason: "request ids, token ids and V8's hash seeds",
    syscalls: ["getrandom"],
  },
  {
    id: "file-read",
    reason: "load node, the install tree, the policy file and /proc and /sys facts the runtime reads",
    syscalls: ["open", "openat", "openat2", "read", "pread64", "readv", "preadv", "preadv2", "close", "close_range", "fstat", "stat", "lstat", "newfstatat", "statx", "statfs", "fstatfs", "lseek", "getdents", "getdents64", "readlink", "readlinkat", "access", "faccessat", "faccessat2", "getcwd", "chdir", "fchdir", "fadvise64", "readahead", "getxattr", "lgetxattr", "fgetxattr", "flistxattr", "listxattr", "llistxattr"],
  },
  {
    id: "file-write",
    reason: "append, rotate and flush the audit log; make and remove a tool's scratch directory",
    syscalls: ["write", "pwrite64", "writev", "pwritev", "pwritev2", "fsync", "fdatasync", "sync_file_range", "ftruncate", "truncate", "fallocate", "rename", "renameat", "renameat2", "unlink", "unlinkat", "mkdir", "mkdirat", "rmdir", "link", "linkat", "symlink", "symlinkat", "chmod", "fchmod", "fchmodat", "chown", "fchown", "fchownat", "lchown", "umask", "utimensat", "utimes", "futimesat", "copy_file_range", "sendfile", "splice", "flock", "creat"],
  },
  {
    id: "file-watch",
    reason: "policy hot reload: watch the policy file and its directory (ConfigMap symlink swaps)",
    syscalls: ["inotify_init", "inotify_init1", "inotify_add_watch", "inotify_rm_watch", "fanotify_init", "fanotify_mark"],
  },
  {
    id: "descriptors",
    reason: "descriptor flags, duplication and terminal queries by the runtime and libuv",
    syscalls: ["fcntl", "ioctl", "dup", "dup2", "dup3"],
  },
  {
    id: "network",
    reason: "serve HTTP on TCP: listen, accept, read and write sockets; AF_UNIX socket pairs for child stdio",
    syscalls: ["socket", "socketpair", "bind", "listen", "accept", "accept4", "connect", "getsockname", "getpeername", "setsockopt", "getsockopt", "shutdown", "sendto", "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg"],
  },
  {
    id: "identity",
    reason: "user and group ids, for the runtime's os.userInfo() and a tool's sandbox user",
    syscalls: ["getuid", "geteuid", "getgid", "getegid", "getresuid", "getresgid", "getgroups", "getpid", "getppid", "gettid", "getpgrp", "getpgid", "getsid"],
  },
  {
    id: "limits",
    reason: "resource limits: the runtime reads its own, the tool runner sets a tool's",
    syscalls: ["getrlimit", "setrlimit", "prlimit64", "getrusage", "sysinfo", "getpriority", "setpriority", "capget"],
  },
  {
    id: "child-process",
    reason: "run a tool: fork, a new session and process group, wait for it, signal the group on timeout",
    syscalls: ["fork", "vfork", "wait4", "waitid", "setsid", "setpgid", "pidfd_open", "pidfd_send_signal"],
  },
  {
    id: "privileges",
    reason: "setpriv drops a tool's capabilities and groups and switches it to its run uid; bubblewrap maps its user namespace",
    syscalls: ["capset", "setresuid", "setresgid", "setuid", "setgid", "setgroups"],
  },
  {
    id: "namespaces",
    reason: "bubblewrap isolating a tool: new user, mount, pid, net, ipc, uts namespaces, its own root and loopback, its seccomp filter",
    syscalls: ["unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "sethostname", "setdomainname", "seccomp", "fsopen", "fsconfig", "fsmount", "move_mount", "open_tree", "mount_setattr"],
  },
];

/**
 * Calls the runtime makes only under contention, so a given workload run may or may not show them: glibc's and
 * V8's spin-wait back-off. They join the measured service tier every time, rather than making the profile (and
 * the coverage test) depend on thread timing.
 */
export const CONTENTION_CALLS: readonly string[] = ["sched_yield"];

/** The group a syscall belongs to, or undefined when none names it. */
export function groupOf(name: string): SyscallGroup | undefined {
  return SYSCALL_GROUPS.find((g) => g.syscalls.includes(name));
}
