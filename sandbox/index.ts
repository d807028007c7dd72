import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import type { Config } from "../src/config/env.js";
import { ExecSchema } from "../src/policy/schema.js";
import { compileSeccompFilter, encodeProgram, hostSeccompArch, toolRuleSet } from "../os/seccomp/index.js";
import { findHostTools, findSystemProgram } from "./host-tools.js";
import { uidHasProcesses } from "./process-tree.js";
import { SandboxToolRunner, type RunnerSetup } from "./runner.js";
import { describeSystemPaths, existingEtcPaths } from "./system-paths.js";
import { UidPool } from "./uid-pool.js";
import { prepareInstanceRoot } from "./workdir.js";

export type { IsolationLevel, ToolRunRequest, ToolRunResult, ToolRunner } from "./types.js";
export { SandboxToolRunner } from "./runner.js";

/** How long a timed-out tool's group has between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 1000;

/**
 * The tool runner for this host, at the best isolation the configuration allows and the machine really gives:
 * `namespaces` only after a trivial tool ran successfully in the exact sandbox real runs use (bubblewrap with the
 * compiled seccomp filter); `process` otherwise (or when configured). KALGUARD_SANDBOX_ISOLATION=namespaces
 * makes a host without working namespaces a start error rather than a silent downgrade, and a `process` level
 * that cannot run a trivial tool either (say, a root sidecar without CAP_SETUID to drop to the run uid) is a
 * start error too, rather than a runner whose every run fails.
 */
export async function createToolRunner(config: Config, sourceEnv: Readonly<Record<string, string | undefined>> = process.env): Promise<SandboxToolRunner> {
  if (process.platform !== "linux") throw new Error(`the tool sandbox runs on Linux; this is ${process.platform}`);
  const base: RunnerSetup = {
    level: "process",
    reason: "KALGUARD_SANDBOX_ISOLATION=process",
    hostTools: findHostTools(),
    ...(process.getuid?.() === 0 ? { uidPool: new UidPool(config.KALGUARD_SANDBOX_UID_BASE, config.KALGUARD_SANDBOX_UID_COUNT, uidHasProcesses) } : {}),
    workRoot: await prepareInstanceRoot(config.KALGUARD_SANDBOX_WORK_ROOT ?? tmpdir()),
    sourceEnv,
    killGraceMs: KILL_GRACE_MS,
  };
  const bwrap = config.KALGUARD_SANDBOX_BWRAP_PATH;
  let reason = base.reason;
  if (config.KALGUARD_SANDBOX_ISOLATION !== "process") {
    const candidate = new SandboxToolRunner({ ...base, level: "namespaces", reason: `bubblewrap at ${bwrap} works`, namespaces: namespaceSetup(bwrap) });
    const unavailable = existsSync(bwrap) ? await probeFails(candidate) : `${bwrap} does not exist`;
    if (unavailable === undefined) return candidate;
    if (config.KALGUARD_SANDBOX_ISOLATION === "namespaces") {
      throw new Error(`KALGUARD_SANDBOX_ISOLATION=namespaces, but namespace isolation is unavailable: ${unavailable}`);
    }
    reason = `namespaces unavailable: ${unavailable}`;
  }
  const runner = new SandboxToolRunner({ ...base, reason });
  const broken = await probeFails(runner);
  if (broken !== undefined) throw new Error(`the tool sandbox cannot run a trivial tool at isolation process: ${broken}`);
  return runner;
}

function namespaceSetup(bwrap: string): NonNullable<RunnerSetup["namespaces"]> {
  const arch = hostSeccompArch();
  return {
    bwrap,
    systemPaths: describeSystemPaths(),
    etcPaths: existingEtcPaths(),
    seccompFilter: (exec) => (arch ? encodeProgram(compileSeccompFilter(arch, toolRuleSet(exec.seccompDeny)).program) : undefined),
  };
}

/** Runs `true` through the runner once; undefined when that worked at the runner's level, else why not. */
async function probeFails(runner: SandboxToolRunner): Promise<string | undefined> {
  const trueProgram = findSystemProgram("true");
  if (!trueProgram) return "no `true` program to probe the sandbox with";
  try {
    const result = await runner.run({
      requestId: "sandbox-probe",
      toolName: "sandbox-probe",
      exec: ExecSchema.parse({ command: trueProgram, isolation: runner.isolationLevel === "namespaces" ? "namespaces" : "any", timeoutMs: 10_000 }),
      arguments: {},
    });
    if (result.exitCode === 0 && result.isolation.level === runner.isolationLevel) return undefined;
    return `probe run exited ${result.exitCode ?? result.signal}: ${result.stderr.trim().slice(0, 500)}`;
  } catch (err) {
    return `probe run failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}
