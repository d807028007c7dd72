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

export type { IsolationLevel, ToolRunRequest, ToolRunResult, ToolRunner } from "./types.js";
export { SandboxToolRunner } from "./runner.js";

/** How long a timed-out tool's group has between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 1000;

/**
 * The tool runner for this host, at the best isolation the configuration allows and the machine really gives:
 * `namespaces` only after a trivial tool ran successfully in the exact sandbox real runs use (bubblewrap with the
 * compiled seccomp filter); `process` otherwise (or when configured). KALGUARD_SANDBOX_ISOLATION=namespaces
 * makes a host without working namespaces a start error rather than a silent downgrade.
 */
export async function createToolRunner(config: Config, sourceEnv: Readonly<Record<string, string | undefined>> = process.env): Promise<SandboxToolRunner> {
  if (process.platform !== "linux") throw new Error(`the tool sandbox runs on Linux; this is ${process.platform}`);
  const base: RunnerSetup = {
    level: "process",
    reason: "KALGUARD_SANDBOX_ISOLATION=process",
    hostTools: findHostTools(),
    ...(process.getuid?.() === 0 ? { uidPool: new UidPool(config.KALGUARD_SANDBOX_UID_BASE, config.KALGUARD_SANDBOX_UID_COUNT, uidHasProcesses) } : {}),
    workRoot: config.KALGUARD_SANDBOX_WORK_ROOT ?? tmpdir(),
    sourceEnv,
    killGraceMs: KILL_GRACE_MS,
  };
  if (config.KALGUARD_SANDBOX_ISOLATION === "process") return new SandboxToolRunner(base);

  const unavailable = await namespacesUnavailable(config.KALGUARD_SANDBOX_BWRAP_PATH, base);
  if (unavailable === undefined) {
    return new SandboxToolRunner({ ...base, level: "namespaces", reason: `bubblewrap at ${config.KALGUARD_SANDBOX_BWRAP_PATH} works`, namespaces: namespaceSetup(config.KALGUARD_SANDBOX_BWRAP_PATH) });
  }
  if (config.KALGUARD_SANDBOX_ISOLATION === "namespaces") {
    throw new Error(`KALGUARD_SANDBOX_ISOLATION=namespaces, but namespace isolation is unavailable: ${unavailable}`);
  }
  return new SandboxToolRunner({ ...base, reason: `namespaces unavailable: ${unavailable}` });
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

/** Runs `true` in the real sandbox once; undefined when that worked, else why not. */
async function namespacesUnavailable(bwrap: string, base: RunnerSetup): Promise<string | undefined> {
  if (!existsSync(bwrap)) return `${bwrap} does not exist`;
  const trueProgram = findSystemProgram("true");
  if (!trueProgram) return "no `true` program to probe the sandbox with";
  const probe = new SandboxToolRunner({ ...base, level: "namespaces", namespaces: namespaceSetup(bwrap) });
  try {
    const result = await probe.run({
      requestId: "sandbox-probe",
      toolName: "sandbox-probe",
      exec: ExecSchema.parse({ command: trueProgram, isolation: "namespaces", timeoutMs: 10_000 }),
      arguments: {},
    });
    if (result.exitCode === 0 && result.isolation.level === "namespaces") return undefined;
    return `probe run exited ${result.exitCode ?? result.signal}: ${result.stderr.trim().slice(0, 500)}`;
  } catch (err) {
    return `probe run failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}
