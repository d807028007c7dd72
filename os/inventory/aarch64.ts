/**
 * The inventory is measured on x86_64. aarch64 has no legacy syscalls (open, stat, poll, epoll_wait, fork…):
 * its libc makes the *at / p* successor instead. This is the explicit mapping; a measured x86_64-only name
 * missing from it stops profile generation rather than being dropped silently.
 */
export const X86_64_ONLY_TO_AARCH64: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // TLS is set through a register on aarch64; there is no syscall to allow.
  arch_prctl: [],
  pause: ["rt_sigsuspend"],
  alarm: ["setitimer"],
  signalfd: ["signalfd4"],
  epoll_create: ["epoll_create1"],
  epoll_wait: ["epoll_pwait"],
  eventfd: ["eventfd2"],
  pipe: ["pipe2"],
  poll: ["ppoll"],
  select: ["pselect6"],
  time: ["clock_gettime"],
  open: ["openat"],
  creat: ["openat"],
  stat: ["newfstatat"],
  lstat: ["newfstatat"],
  getdents: ["getdents64"],
  readlink: ["readlinkat"],
  access: ["faccessat"],
  rename: ["renameat", "renameat2"],
  unlink: ["unlinkat"],
  rmdir: ["unlinkat"],
  mkdir: ["mkdirat"],
  link: ["linkat"],
  symlink: ["symlinkat"],
  chmod: ["fchmodat"],
  chown: ["fchownat"],
  lchown: ["fchownat"],
  utimes: ["utimensat"],
  futimesat: ["utimensat"],
  inotify_init: ["inotify_init1"],
  // glibc's generic dup2 is dup3, or fcntl(F_GETFL) when both descriptors are equal.
  dup2: ["dup3", "fcntl"],
  getpgrp: ["getpgid"],
  fork: ["clone"],
  vfork: ["clone"],
});
