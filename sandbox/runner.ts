import { existsSync } from "node:fs";
import { KalGuardError } from "../src/errors.js";
import { UnknownSyscallError } from "../os/seccomp/index.js";
import type { ExecSpec } from "../src/policy/schema.js";
import { ArgvTemplateError, renderArgv } from "./argv.js";
import { buildBwrapArgs } from "./bwrap-args.js";
import { buildCommandChain, type HostTools, type RunIdentity } from "./command-chain.js";
import { buildToolEnv } from "./environment.js";
import { INFO_FD, SECCOMP_FD, SurvivorError, supervise } from "./supervise.js";
import type { SystemPath } from "./system-paths.js";
import type { IsolationLevel, ToolRunRequest, ToolRunResult, ToolRunner } from "./types.js";
import type { UidPool } from "./uid-pool.js";
import { createWorkDir, removeWorkDir } from "./workdir.js";

export interface RunnerSetup {
  level: IsolationLevel;
  /** Why the level is what it is (e.g. why namespaces are unavailable), for /health and the start log. */
  reason: string;
  hostTools: HostTools;
  /** Present when the sidecar is root: each run then drops to its own uid from the pool. */
  uidPool?: UidPool;
  workRoot: string;
  /** The sidecar's environment, from which only allowlisted names are copied. */
  sourceEnv: Readonly<Record<string, string | undefined>>;
  killGraceMs: number;
  namespaces?: {
    bwrap: string;
    systemPaths: readonly SystemPath[];
    etcPaths: readonly string[];
    /** The encoded seccomp program for a tool; undefined where no filter can be built for this architecture. */
    seccompFilter: (exec: ExecSpec) => Buffer | undefined;
  };
}

const deny = (reason: string, message: string) => new KalGuardError("TOOL_DENIED", { reason, message });

export class SandboxToolRunner implements ToolRunner {
  readonly isolationLevel: IsolationLevel;
  readonly isolationReason: string;

  constructor(private readonly setup: RunnerSetup) {
    this.isolationLevel = setup.level;
    this.isolationReason = setup.reason;
  }

  async run(request: ToolRunRequest): Promise<ToolRunResult> {
    const { exec } = request;
    const ns = this.setup.level === "namespaces" ? this.setup.namespaces : undefined;
    if (exec.isolation === "namespaces" && !ns) {
      throw deny("sandbox.namespaces_unavailable", `tool "${request.toolName}" requires namespace isolation, which this host does not provide (${this.setup.reason})`);
    }
    let argv: string[];
    try {
      argv = renderArgv(exec.args, request.arguments);
    } catch (err) {
      if (err instanceof ArgvTemplateError) throw deny("sandbox.argv_template", err.message);
      throw err;
    }
    if (!existsSync(exec.command)) throw deny("sandbox.command_missing", `tool command ${exec.command} does not exist`);
    const missing = exec.readOnlyPaths.filter((p) => !existsSync(p));
    if (missing.length > 0) throw deny("sandbox.read_only_path_missing", `readOnlyPaths do not exist: ${missing.join(", ")}`);
    const seccompProgram = ns ? seccompFor(exec, ns.seccompFilter) : undefined;

    const pool = this.setup.uidPool;
    const uid = pool?.acquire();
    if (pool && uid === undefined) throw deny("sandbox.capacity", "every sandbox uid is in use; try again");
    try {
      return await this.runAs(uid === undefined ? { drop: false } : { drop: true, uid, gid: uid }, request, argv, seccompProgram);
    } catch (err) {
      if (uid !== undefined && err instanceof KalGuardError && err.reason === "sandbox.survivors") pool?.quarantine(uid);
      throw err;
    } finally {
      if (uid !== undefined) pool?.release(uid);
    }
  }

  private async runAs(identity: RunIdentity, request: ToolRunRequest, argv: string[], seccompProgram: Buffer | undefined): Promise<ToolRunResult> {
    const { exec } = request;
    const ns = this.setup.level === "namespaces" ? this.setup.namespaces : undefined;
    const work = await createWorkDir(this.setup.workRoot, identity);
    let result: ToolRunResult | undefined;
    let failure: unknown;
    try {
      const tmpDir = ns ? "/tmp" : work.tmp;
      const env = buildToolEnv({ allow: exec.env, source: this.setup.sourceEnv, home: work.dir, tmpDir });
      const sandbox = ns
        ? {
            program: ns.bwrap,
            args: buildBwrapArgs({
              systemPaths: ns.systemPaths,
              etcPaths: ns.etcPaths,
              readOnlyPaths: withCommand(exec, ns.systemPaths),
              workDir: work.dir,
              tmpSizeBytes: Math.max(exec.limits.fileSizeBytes, 1024 * 1024),
              network: exec.network,
              infoFd: INFO_FD,
              ...(seccompProgram ? { seccompFd: SECCOMP_FD } : {}),
            }),
          }
        : undefined;
      const chain = buildCommandChain({
        tools: this.setup.hostTools,
        limits: exec.limits,
        identity,
        ...(sandbox ? { sandbox } : {}),
        command: exec.command,
        argv,
      });
      const exit = await supervise({
        file: chain.file,
        args: chain.args,
        env,
        cwd: work.dir,
        timeoutMs: exec.timeoutMs,
        killGraceMs: this.setup.killGraceMs,
        maxOutputBytes: exec.maxOutputBytes,
        readInfo: sandbox !== undefined,
        ...(identity.drop ? { runUid: identity.uid } : {}),
        ...(seccompProgram ? { seccompProgram } : {}),
      });
      result = {
        exitCode: exit.exitCode,
        signal: exit.signal,
        stdout: exit.stdout,
        stderr: exit.stderr,
        timedOut: exit.timedOut,
        truncated: exit.truncated,
        durationMs: exit.durationMs,
        isolation: { level: ns ? "namespaces" : "process", seccomp: seccompProgram !== undefined, network: ns ? exec.network : true, rlimits: true },
      };
    } catch (err) {
      failure = err;
    }
    try {
      await removeWorkDir(work.dir);
    } catch (err) {
      failure ??= new KalGuardError("INTERNAL", { reason: "sandbox.cleanup_failed", message: `work dir ${work.dir} could not be removed: ${String(err)}` });
    }
    if (failure instanceof SurvivorError) throw new KalGuardError("INTERNAL", { reason: "sandbox.survivors", message: failure.message });
    if (failure !== undefined) throw failure;
    if (!result) throw new KalGuardError("INTERNAL", { reason: "sandbox.no_result" });
    return result;
  }
}

function seccompFor(exec: ExecSpec, filter: (exec: ExecSpec) => Buffer | undefined): Buffer | undefined {
  try {
    return filter(exec);
  } catch (err) {
    if (err instanceof UnknownSyscallError) throw deny("sandbox.seccomp_rules", err.message);
    throw err;
  }
}

/** The command must be visible inside the sandbox: bind it read-only when no system path already covers it. */
function withCommand(exec: ExecSpec, systemPaths: readonly SystemPath[]): string[] {
  const covered = [...systemPaths.map((p) => p.path), ...exec.readOnlyPaths].some((dir) => exec.command === dir || exec.command.startsWith(`${dir}/`));
  return covered ? [...exec.readOnlyPaths] : [...exec.readOnlyPaths, exec.command];
}
