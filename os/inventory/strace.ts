import type { AddressFamily } from "./schema.js";

/** What traced runs needed: the calls, the socket families, and whether processes or namespaces were made. */
export interface TraceSummary {
  syscalls: Set<string>;
  socketFamilies: Set<string>;
  /** A process (not a thread) was created: clone without CLONE_THREAD, fork or vfork. */
  forks: boolean;
  /** clone() or unshare() with namespace flags was seen. */
  namespaces: boolean;
}

export interface Call {
  pid: number;
  name: string;
  text: string;
}

const LINE = /^(\d+)\s+(.*)$/;
const START = /^([a-z0-9_]+)\((.*)$/;
const RESUMED = /^<\.\.\. ([a-z0-9_]+) resumed>(.*)$/;
const UNFINISHED = " <unfinished ...>";
/** CLONE_NEW* flag names as strace prints them. */
const NAMESPACE_FLAG = /CLONE_NEW(?:NS|CGROUP|UTS|IPC|USER|PID|NET|TIME)\b/;

export function emptySummary(): TraceSummary {
  return { syscalls: new Set(), socketFamilies: new Set(), forks: false, namespaces: false };
}

/** Joins `<unfinished ...>` / `<... resumed>` halves so every call is one complete text, in log order. */
export function completeCalls(output: string): Call[] {
  const pending = new Map<number, string>();
  const calls: Call[] = [];
  for (const raw of output.split("\n")) {
    const line = LINE.exec(raw.trimEnd());
    if (!line) continue;
    const pid = Number(line[1]);
    let body = line[2] ?? "";
    const resumed = RESUMED.exec(body);
    if (resumed) {
      body = (pending.get(pid) ?? `${resumed[1]}(`) + (resumed[2] ?? "");
      pending.delete(pid);
    }
    if (body.endsWith(UNFINISHED)) {
      pending.set(pid, body.slice(0, -UNFINISHED.length));
      continue;
    }
    const start = START.exec(body);
    if (start?.[1]) calls.push({ pid, name: start[1], text: body });
  }
  // A call still pending at the end (the process was killed inside it) was made all the same.
  for (const [pid, body] of pending) {
    const start = START.exec(body);
    if (start?.[1]) calls.push({ pid, name: start[1], text: body });
  }
  return calls;
}

const RETURNS_PID = /\)\s+=\s+(\d+)\s*$/;

function createsProcess(call: Call): boolean {
  const clone = call.name === "clone" || call.name === "clone3";
  return (clone && !call.text.includes("CLONE_THREAD")) || call.name === "fork" || call.name === "vfork";
}

/**
 * Adds the calls of an `strace -f -o FILE` log to summaries. The traced program and its threads (tasks made
 * with CLONE_THREAD) go `into`; processes it starts, with everything below them, go to `children`, and so does
 * the fact of starting a process. With one summary for both, the whole tree lands in it.
 */
export function summarizeTrace(output: string, into: TraceSummary = emptySummary(), children: TraceSummary = into): TraceSummary {
  const calls = completeCalls(output);
  const root = Number(LINE.exec(output.trimStart().split("\n", 1)[0] ?? "")?.[1]);
  if (calls.length === 0 || !Number.isInteger(root)) throw new Error("the strace log holds no system calls");
  const parentOf = new Map<number, { parent: number; thread: boolean }>();
  for (const call of calls) {
    const child = call.name === "clone" || call.name === "clone3" || call.name === "fork" || call.name === "vfork" ? RETURNS_PID.exec(call.text)?.[1] : undefined;
    if (child) parentOf.set(Number(child), { parent: call.pid, thread: !createsProcess(call) });
  }
  const isMain = (pid: number): boolean => {
    for (let p = pid, hops = 0; hops < 100_000; hops++) {
      if (p === root) return true;
      const link = parentOf.get(p);
      // A task whose creation is not in the log cannot be placed: count it as a child, never widen the program.
      if (!link || !link.thread) return false;
      p = link.parent;
    }
    return false;
  };
  for (const call of calls) {
    const target = isMain(call.pid) ? into : children;
    target.syscalls.add(call.name);
    if (call.name === "socket") target.socketFamilies.add(/^socket\((AF_[A-Z0-9]+)/.exec(call.text)?.[1] ?? "unknown");
    if (createsProcess(call)) children.forks = true;
    if ((call.name === "clone" || call.name === "clone3" || call.name === "unshare") && NAMESPACE_FLAG.test(call.text)) target.namespaces = true;
  }
  return into;
}

/** Families the inventory schema knows; anything else must be added there with a reason first. */
export function knownFamilies(seen: Iterable<string>, known: readonly AddressFamily[]): { known: AddressFamily[]; unknown: string[] } {
  const ok: AddressFamily[] = [];
  const bad: string[] = [];
  for (const f of seen) {
    if ((known as readonly string[]).includes(f)) ok.push(f as AddressFamily);
    else bad.push(f);
  }
  return { known: ok.sort(), unknown: bad.sort() };
}
