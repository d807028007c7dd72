import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import type { Readable, Writable } from "node:stream";
import { CappedOutput } from "./output.js";
import { findRunMembers, type RunMembership } from "./process-tree.js";
import type { ToolRunResult } from "./types.js";

/** The descriptors the sandbox program reads its seccomp filter from and writes its info to. */
export const SECCOMP_FD = 3;
export const INFO_FD = 4;

export interface SuperviseOptions {
  file: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd: string;
  timeoutMs: number;
  killGraceMs: number;
  maxOutputBytes: number;
  /** Written to descriptor 3 and closed (bwrap `--seccomp 3`). */
  seccompProgram?: Buffer;
  /** Read JSON from descriptor 4 (bwrap `--info-fd 4`) to learn the sandbox's pid namespace. */
  readInfo?: boolean;
  /** A uid only this run uses: every process left with it is swept. */
  runUid?: number;
}

/** What the supervisor observed; the runner adds which protections were in force. */
export type SupervisedExit = Omit<ToolRunResult, "isolation">;

/** Some process of the run could not be killed: the caller must not report the run as finished cleanly. */
export class SurvivorError extends Error {
  constructor(readonly pids: number[]) {
    super(`processes of the run survived SIGKILL: ${pids.join(", ")}`);
    this.name = "SurvivorError";
  }
}

const SWEEP_DEADLINE_MS = 5000;
const STREAM_CLOSE_GRACE_MS = 1000;
const INFO_WAIT_MS = 1000;

/**
 * Runs one program without a shell in its own process group and session, stdin on /dev/null, each output stream
 * captured up to a cap and closed beyond it. On timeout the whole group gets SIGTERM, then SIGKILL after
 * the grace. Whenever the main process ends, for any reason, everything left in its group, its session or its
 * sandbox's pid namespace is killed and /proc is scanned until none of it remains.
 */
export async function supervise(opts: SuperviseOptions): Promise<SupervisedExit> {
  const started = performance.now();
  const child = spawn(opts.file, [...opts.args], {
    cwd: opts.cwd,
    env: opts.env,
    detached: true,
    shell: false,
    stdio: ["ignore", "pipe", "pipe", opts.seccompProgram ? "pipe" : "ignore", opts.readInfo ? "pipe" : "ignore"],
  });
  const spawned = new Promise<number>((resolve, reject) => {
    child.once("spawn", () => (child.pid === undefined ? reject(new Error("spawn gave no pid")) : resolve(child.pid)));
    child.once("error", reject);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  const pid = await spawned;
  const membership: RunMembership = { pgid: pid, sid: pid, ...(opts.runUid !== undefined ? { uid: opts.runUid } : {}) };

  const stdout = new CappedOutput(opts.maxOutputBytes);
  const stderr = new CappedOutput(opts.maxOutputBytes);
  const streamsClosed = Promise.all([drain(child.stdout, stdout), drain(child.stderr, stderr)]);

  if (opts.seccompProgram) {
    const fd3 = child.stdio[SECCOMP_FD] as Writable;
    fd3.on("error", () => undefined); // the program died before reading: its exit status tells the story
    fd3.end(opts.seccompProgram);
  }
  const info = opts.readInfo ? readPidNamespace(child.stdio[INFO_FD] as Readable) : Promise.resolve(undefined);

  let timedOut = false;
  let killTimer: NodeJS.Timeout | undefined;
  const timeoutTimer = setTimeout(() => {
    timedOut = true;
    signalGroup(pid, "SIGTERM");
    killTimer = setTimeout(() => signalGroup(pid, "SIGKILL"), opts.killGraceMs);
  }, opts.timeoutMs);

  const { code, signal } = await exited;
  clearTimeout(timeoutTimer);
  if (killTimer) clearTimeout(killTimer);
  const durationMs = Math.round(performance.now() - started);

  const pidNamespace = await Promise.race([info, sleep(INFO_WAIT_MS).then(() => undefined)]);
  if (pidNamespace !== undefined) membership.pidNamespace = `pid:[${pidNamespace}]`;
  try {
    await sweep(membership);
    // Everything that held the pipes is dead now; a writer outside the run's group, session, namespace and uid
    // would have to have escaped on purpose, and it does not get to hold the request open.
    await Promise.race([streamsClosed, sleep(STREAM_CLOSE_GRACE_MS)]);
  } finally {
    child.stdout?.destroy();
    child.stderr?.destroy();
  }

  return {
    exitCode: code,
    signal,
    stdout: stdout.text(),
    stderr: stderr.text(),
    timedOut,
    truncated: stdout.truncated || stderr.truncated,
    durationMs,
  };
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already empty
  }
}

/** SIGKILLs the group, then every member /proc still shows, until none is left or the deadline passes. */
async function sweep(membership: RunMembership): Promise<void> {
  signalGroup(membership.pgid, "SIGKILL");
  const deadline = performance.now() + SWEEP_DEADLINE_MS;
  for (;;) {
    const members = findRunMembers(membership);
    if (members.length === 0) return;
    if (performance.now() > deadline) throw new SurvivorError(members);
    for (const pid of members) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await sleep(10);
  }
}

/**
 * Collects a stream up to the cap, then stops reading it altogether: our end is closed, so the tool's next write
 * fails with EPIPE (SIGPIPE by default), as under `| head -c`. Draining the rest instead would cost the sidecar a
 * CPU core and a stream of short-lived buffers for as long as the tool cares to print.
 */
async function drain(stream: Readable | null, sink: CappedOutput): Promise<void> {
  if (!stream) return;
  await new Promise<void>((resolve) => {
    stream.on("data", (chunk: Buffer) => {
      sink.push(chunk);
      if (sink.truncated) stream.destroy();
    });
    stream.once("close", resolve);
    stream.once("error", () => resolve());
  });
}

/** Resolves with the pid namespace inode as soon as the info JSON is complete, or undefined if it never is. */
function readPidNamespace(stream: Readable): Promise<number | undefined> {
  return new Promise((resolve) => {
    let text = "";
    stream.on("data", (chunk: Buffer) => {
      if (text.length > 64 * 1024) return;
      text += chunk.toString("utf8");
      const inode = parsePidNamespace(text);
      if (inode !== undefined) resolve(inode);
    });
    stream.once("close", () => resolve(undefined));
    stream.once("error", () => resolve(undefined));
  });
}

/** bwrap's info JSON names the sandbox's pid namespace by inode. */
export function parsePidNamespace(text: string): number | undefined {
  try {
    const info: unknown = JSON.parse(text);
    const ns = (info as Record<string, unknown> | null)?.["pid-namespace"];
    return typeof ns === "number" && Number.isInteger(ns) ? ns : undefined;
  } catch {
    return undefined;
  }
}
