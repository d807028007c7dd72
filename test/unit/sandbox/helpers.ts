import { existsSync, readFileSync, readdirSync } from "node:fs";
import { loadConfig, type Config } from "../../../src/config/env.js";
import { ExecSchema, type ExecSpec } from "../../../src/policy/schema.js";
import { findHostTools } from "../../../sandbox/host-tools.js";
import { createToolRunner, SandboxToolRunner } from "../../../sandbox/index.js";
import { uidHasProcesses } from "../../../sandbox/process-tree.js";
import { describeSystemPaths, existingEtcPaths } from "../../../sandbox/system-paths.js";
import type { IsolationLevel, ToolRunResult } from "../../../sandbox/types.js";
import { UidPool } from "../../../sandbox/uid-pool.js";

export const BWRAP = "/usr/bin/bwrap";

/**
 * Whether bubblewrap is installed. Without it namespace tests skip with one clear line on a developer's machine
 * and fail in CI (CI set), so they cannot silently not run there.
 */
export function bwrapInstalled(suite: string): boolean {
  if (existsSync(BWRAP)) return true;
  if (process.env.CI) throw new Error(`${suite}: ${BWRAP} is missing, and CI requires the namespace sandbox tests to run`);
  console.warn(`SKIPPED namespace sandbox tests (${suite}): bubblewrap is not installed (apt-get install bubblewrap); CI runs them.`);
  return false;
}

export const isRoot = process.getuid?.() === 0;

/**
 * Test files run in parallel worker processes, each with its own runner: like two sidecars on one host they
 * need disjoint sandbox uid ranges, or one run's sweep-by-uid would kill another's processes.
 */
const UID_BASE = 2_000_000_000 + (process.pid % 100_000) * 256;

export function sandboxConfig(env: Record<string, string>): Config {
  return loadConfig({ KALGUARD_SANDBOX_UID_BASE: String(UID_BASE), KALGUARD_SANDBOX_UID_COUNT: "128", ...env });
}

export async function runnerAt(level: IsolationLevel): Promise<SandboxToolRunner> {
  const runner = await createToolRunner(sandboxConfig({ KALGUARD_SANDBOX_ISOLATION: level }));
  if (runner.isolationLevel !== level) throw new Error(`asked for ${level}, got ${runner.isolationLevel}: ${runner.isolationReason}`);
  return runner;
}

/** A namespace runner identical to the real one except for the seccomp filter it loads (null: none). */
export function namespaceRunnerWithFilter(filter: Buffer | null): SandboxToolRunner {
  return new SandboxToolRunner({
    level: "namespaces",
    reason: "test",
    hostTools: findHostTools(),
    ...(isRoot ? { uidPool: new UidPool(UID_BASE + 128, 128, uidHasProcesses) } : {}),
    workRoot: "/tmp",
    sourceEnv: process.env,
    killGraceMs: 1000,
    namespaces: { bwrap: BWRAP, systemPaths: describeSystemPaths(), etcPaths: existingEtcPaths(), seccompFilter: () => filter ?? undefined },
  });
}

export function execSpec(spec: Record<string, unknown>): ExecSpec {
  return ExecSchema.parse(spec);
}

export function runTool(runner: SandboxToolRunner, spec: Record<string, unknown>, args: Record<string, unknown> = {}): Promise<ToolRunResult> {
  return runner.run({ requestId: "req_test", toolName: "test_tool", exec: execSpec(spec), arguments: args });
}

/** Live (non-zombie) processes whose command line contains the marker. */
export function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
      if (cmdline.includes(marker) && state !== "Z") found.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return found;
}

export const uniqueMarker = () => `kgmark${process.pid}x${Math.floor(Math.random() * 1e9)}`;
