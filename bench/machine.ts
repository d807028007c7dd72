import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

export interface Machine {
  date: string;
  node: string;
  platform: string;
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews every figure. */
  loadAverage: number[];
  gitCommit: string | undefined;
  /** Uncommitted changes were present: the measured code may differ from the commit. */
  gitDirty: boolean | undefined;
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

export function describeMachine(repoRoot: string): Machine {
  const status = git(["status", "--porcelain", "--untracked-files=no"], repoRoot);
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cores: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryBytes: totalmem(),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    gitCommit: git(["rev-parse", "HEAD"], repoRoot),
    gitDirty: status === undefined ? undefined : status.length > 0,
  };
}
