import type { ExecSpec } from "../src/policy/schema.js";

export type IsolationLevel = "namespaces" | "process";

export interface ToolRunRequest {
  requestId: string;
  toolName: string;
  exec: ExecSpec;
  /** Arguments already validated against the tool's schema. */
  arguments: Record<string, unknown>;
}

export interface ToolRunResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
  durationMs: number;
  /**
   * Which protections were really in force for this run: the isolation level, whether the compiled seccomp
   * filter was loaded, whether the tool could reach the network (always true at level `process`, which cannot
   * take it away), and whether the resource limits were set.
   */
  isolation: { level: IsolationLevel; seccomp: boolean; network: boolean; rlimits: boolean };
}

export interface ToolRunner {
  /** The best isolation this machine gives, detected at start. */
  readonly isolationLevel: IsolationLevel;
  /** Why the level is what it is (for example why namespaces are unavailable), for /health and the start log. */
  readonly isolationReason?: string;
  /** Rejects with KalGuardError TOOL_DENIED when the tool requires isolation the machine lacks. */
  run(request: ToolRunRequest): Promise<ToolRunResult>;
}
