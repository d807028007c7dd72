import { readFileSync, readdirSync, readlinkSync } from "node:fs";

/**
 * Identifies every process a run may have left: its process group and session, its sandbox's pid namespace, and
 * its own uid when it has one. A process can leave a group and a session (setsid) but not a pid namespace, and
 * with no_new_privs it cannot change its uid.
 */
export interface RunMembership {
  pgid: number;
  sid: number;
  /** `pid:[inode]` of the sandbox's pid namespace, as /proc/PID/ns/pid reads. */
  pidNamespace?: string;
  /** A uid only this run uses. */
  uid?: number;
}

export interface ProcStat {
  pid: number;
  state: string;
  pgid: number;
  sid: number;
}

/** Fields 3, 5 and 6 of /proc/PID/stat; the command name (field 2) may hold spaces and parentheses, so parse after the last ')'. */
export function parseProcStat(pid: number, text: string): ProcStat | undefined {
  const close = text.lastIndexOf(")");
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(" ");
  const state = fields[0];
  const pgid = Number(fields[2]);
  const sid = Number(fields[3]);
  if (!state || !Number.isInteger(pgid) || !Number.isInteger(sid)) return undefined;
  return { pid, state, pgid, sid };
}

/**
 * Processes that belong to the run and can still execute, found by scanning /proc. Zombies are left out: they run
 * nothing, and whether they are reaped depends on the host's init, not on us.
 */
export function findRunMembers(run: RunMembership, procRoot = "/proc"): number[] {
  const members: number[] = [];
  for (const entry of readdirSync(procRoot)) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let stat: ProcStat | undefined;
    try {
      stat = parseProcStat(pid, readFileSync(`${procRoot}/${entry}/stat`, "utf8"));
    } catch {
      continue; // exited while we looked
    }
    if (!stat || stat.state === "Z" || stat.state === "X") continue;
    if (
      stat.pgid === run.pgid ||
      stat.sid === run.sid ||
      (run.uid !== undefined && realUidOf(pid, procRoot) === run.uid) ||
      (run.pidNamespace !== undefined && pidNamespaceOf(pid, procRoot) === run.pidNamespace)
    ) {
      members.push(pid);
    }
  }
  return members;
}

export function pidNamespaceOf(pid: number, procRoot = "/proc"): string | undefined {
  try {
    return readlinkSync(`${procRoot}/${pid}/ns/pid`);
  } catch {
    return undefined;
  }
}

/** The real uid from /proc/PID/status: unlike the owner of /proc/PID it stays right for non-dumpable processes. */
export function realUidOf(pid: number, procRoot = "/proc"): number | undefined {
  try {
    const m = /^Uid:\s+(\d+)/m.exec(readFileSync(`${procRoot}/${pid}/status`, "utf8"));
    return m?.[1] === undefined ? undefined : Number(m[1]);
  } catch {
    return undefined;
  }
}

/** Whether any process, zombies included, has this real uid. */
export function uidHasProcesses(uid: number, procRoot = "/proc"): boolean {
  for (const entry of readdirSync(procRoot)) {
    if (/^\d+$/.test(entry) && realUidOf(Number(entry), procRoot) === uid) return true;
  }
  return false;
}
