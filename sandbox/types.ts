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
  /** Which protections were really in force for this run. */
  isolation: { level: IsolationLevel; seccomp: boolean; network: boolean; rlimits: boolean };
}

export interface ToolRunner {
  /** The best isolation this machine gives, detected at start. */
  readonly isolationLevel: IsolationLevel;
  /** Rejects with KalGuardError TOOL_DENIED when the tool requires isolation the machine lacks. */
  run(request: ToolRunRequest): Promise<ToolRunResult>;
}
