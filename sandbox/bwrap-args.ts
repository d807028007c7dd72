import type { SystemPath } from "./system-paths.js";

export interface BwrapPlan {
  systemPaths: readonly SystemPath[];
  etcPaths: readonly string[];
  /** Extra read-only binds: the policy's readOnlyPaths and the command itself when it lives elsewhere. */
  readOnlyPaths: readonly string[];
  workDir: string;
  tmpSizeBytes: number;
  network: boolean;
  /** Descriptor on which bwrap reads the compiled seccomp program; none: no filter. */
  seccompFd?: number;
  /** Descriptor on which bwrap writes `{"child-pid": …}` and the namespace ids. */
  infoFd: number;
}

/**
 * bubblewrap arguments for one run: every namespace new (the network one only unless the tool may use it), the
 * system read-only, the root read-only, the work dir the only writable bind, a private size-capped /tmp, a fresh /proc and minimal
 * /dev, no capabilities, a new session (no terminal injection), death with the supervising process.
 */
export function buildBwrapArgs(plan: BwrapPlan): string[] {
  const args = ["--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"];
  if (!plan.network) args.push("--unshare-net");
  for (const p of plan.systemPaths) {
    if (p.kind === "symlink") args.push("--symlink", p.target, p.path);
    else args.push("--ro-bind", p.path, p.path);
  }
  for (const p of plan.etcPaths) args.push("--ro-bind", p, p);
  args.push("--proc", "/proc", "--dev", "/dev");
  args.push("--size", String(plan.tmpSizeBytes), "--tmpfs", "/tmp");
  // After /tmp, so paths under /tmp land on top of the private tmpfs rather than under it; the work dir last.
  for (const p of plan.readOnlyPaths) args.push("--ro-bind", p, p);
  args.push("--bind", plan.workDir, plan.workDir, "--chdir", plan.workDir);
  // bwrap builds the tree on a tmpfs root and /dev on another; once every mount point exists both are frozen
  // (device nodes such as /dev/null stay writable: a read-only mount does not stop I/O to a device).
  args.push("--remount-ro", "/dev", "--remount-ro", "/");
  args.push("--hostname", "kalguard-sandbox");
  args.push("--die-with-parent", "--new-session", "--cap-drop", "ALL");
  args.push("--info-fd", String(plan.infoFd));
  if (plan.seccompFd !== undefined) args.push("--seccomp", String(plan.seccompFd));
  return args;
}
