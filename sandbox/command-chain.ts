import type { ResourceLimits } from "../src/policy/schema.js";

export interface HostTools {
  prlimit: string;
  setpriv: string;
}

/** Whom the tool runs as: unchanged, or (sidecar is root) an unprivileged uid/gid so RLIMIT_NPROC really binds. */
export type RunIdentity = { drop: false } | { drop: true; uid: number; gid: number };

/**
 * The programs that set up the tool's process before it execs, in order:
 *   prlimit  — CPU seconds, address space, open files, processes, file size, set on itself and inherited;
 *   setpriv  — no_new_privs always (setuid binaries cannot raise privilege), and under a root sidecar the
 *              unprivileged uid/gid with no supplementary groups, no capabilities and an empty bounding set;
 *   then the sandbox program (bwrap) if any, then the tool.
 * Each step execs the next, so the tool keeps the pid (= process group = session) the supervisor spawned.
 */
export function buildCommandChain(opts: {
  tools: HostTools;
  limits: ResourceLimits;
  identity: RunIdentity;
  sandbox?: { program: string; args: readonly string[] };
  command: string;
  argv: readonly string[];
}): { file: string; args: string[] } {
  const l = opts.limits;
  const prlimit = [
    `--cpu=${l.cpuSeconds}:${l.cpuSeconds + 1}`, // SIGXCPU at the soft limit, SIGKILL a second later
    `--as=${l.memoryBytes}`,
    `--nofile=${l.openFiles}`,
    `--nproc=${l.processes}`,
    `--fsize=${l.fileSizeBytes}`,
    "--core=0",
  ];
  const setpriv = ["--no-new-privs"];
  if (opts.identity.drop) {
    setpriv.push(`--reuid=${opts.identity.uid}`, `--regid=${opts.identity.gid}`, "--clear-groups", "--inh-caps=-all", "--bounding-set=-all");
  }
  const tail = opts.sandbox ? [opts.sandbox.program, ...opts.sandbox.args, "--", opts.command] : [opts.command];
  return {
    file: opts.tools.prlimit,
    args: [...prlimit, "--", opts.tools.setpriv, ...setpriv, "--", ...tail, ...opts.argv],
  };
}
