import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { completeCalls } from "./strace.js";

/**
 * With no-new-privileges, the container runtime (runc) installs the seccomp filter on its init thread just
 * before it execs the entrypoint, so the few calls it makes in between (close the runtime's descriptors, check
 * /proc/self/fd, signal its parent, execve) already run under the profile. They are measured here, from an
 * strace of containerd while a container starts and a `docker exec` runs in it.
 */

const FILTER_LOADED = /^(?:prctl\(PR_SET_SECCOMP, SECCOMP_MODE_FILTER|seccomp\(SECCOMP_SET_MODE_FILTER)[^]*\)\s+=\s+0\s*$/;
const SUCCEEDED = /\)\s+=\s+0\s*$/;

/** Calls each thread made after its seccomp filter was loaded, up to and including its successful execve. */
export function summarizeHandover(output: string): Set<string> {
  const open = new Set<number>();
  const names = new Set<string>();
  let windows = 0;
  for (const call of completeCalls(output)) {
    if (FILTER_LOADED.test(call.text)) {
      open.add(call.pid);
      windows++;
      continue;
    }
    if (!open.has(call.pid)) continue;
    names.add(call.name);
    if (call.name === "execve" && SUCCEEDED.test(call.text)) open.delete(call.pid);
  }
  if (windows === 0) throw new Error("the trace shows no seccomp filter being loaded: nothing to measure");
  return names;
}

function pidOf(comm: string): number {
  const pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d) && readFileSync(`/proc/${d}/comm`, "utf8").trim() === comm);
  if (pids.length !== 1 || !pids[0]) throw new Error(`expected one ${comm} process, found ${pids.length}`);
  return Number(pids[0]);
}

function docker(args: string[]): string {
  const r = spawnSync("docker", args, { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`docker ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout.trim();
}

async function traced(pid: number): Promise<boolean> {
  return /^TracerPid:\s+[1-9]/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
}

/**
 * Starts a container of `image` (which must have `node`) under a permissive profile with no-new-privileges,
 * runs `docker exec` in it, and returns the calls runc made between loading the filter and the execve.
 */
export async function measureHandover(image: string, workDir: string): Promise<Set<string>> {
  const containerd = pidOf("containerd");
  const log = join(workDir, "containerd.strace");
  const profile = join(workDir, "permissive-seccomp.json");
  // Allows everything but one call, so that the runtime really loads a filter.
  writeFileSync(profile, JSON.stringify({ defaultAction: "SCMP_ACT_ALLOW", syscalls: [{ names: ["acct"], action: "SCMP_ACT_ERRNO" }] }));
  const strace = spawn("strace", ["-f", "-qq", "-s", "0", "-o", log, "-p", String(containerd)], { stdio: "ignore" });
  const stopped = new Promise<void>((resolve) => strace.once("exit", () => resolve()));
  let id = "";
  try {
    const deadline = Date.now() + 10_000;
    while (!(await traced(containerd))) {
      if (Date.now() > deadline) throw new Error("strace did not attach to containerd");
      await new Promise((r) => setTimeout(r, 50));
    }
    id = docker(["run", "-d", "--read-only", "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--security-opt", `seccomp=${profile}`, "--entrypoint", "node", image, "-e", "setTimeout(() => {}, 60000)"]);
    docker(["exec", id, "node", "-e", "0"]);
  } finally {
    if (id) spawnSync("docker", ["rm", "-f", id], { stdio: "ignore" });
    strace.kill("SIGINT");
    await stopped;
  }
  return summarizeHandover(readFileSync(log, "utf8"));
}
