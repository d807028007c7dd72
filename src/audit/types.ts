import type { ChatMessage, Finding } from "../firewall/types.js";

export type AuditEventType =
  | "decision"
  | "sandbox_run"
  | "lifecycle"
  | "policy_reload"
  | "auth_failure"
  /** How many auth-failure records the rate limit suppressed in one window. */
  | "auth_failure_summary";

/** What the service hands the sink; the sink adds time, sequence and chain hashes. */
export interface AuditEvent {
  type: AuditEventType;
  requestId?: string;
  clientRequestId?: string;
  agentId?: string;
  action?: string;
  tool?: string;
  decision?: "allow" | "deny";
  reason?: string;
  ruleId?: string;
  errorCode?: string;
  status?: number;
  riskScore?: number;
  findings?: Finding[];
  promptHash?: string;
  /**
   * The prompt as the firewall redacted it. Kept only when KALGUARD_AUDIT_STORE_PROMPTS is on; every sink drops
   * it otherwise, so the service may always pass it.
   */
  prompt?: ChatMessage[];
  policyHash?: string;
  durationMs?: number;
  isolation?: string;
  detail?: Record<string, unknown>;
}

export type SinkHealth = { ok: true } | { ok: false; reason: string };

export interface AuditSink {
  /**
   * Resolves once the record is accepted under the sink's flush policy. Rejects when it cannot be: the caller
   * must then answer deny (503), never allow.
   */
  append(event: AuditEvent): Promise<void>;
  health(): SinkHealth;
  /** Writes everything accepted so far to its destination. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Raised by `append` when the sink cannot accept a record; the server answers 503 UNAVAILABLE. */
export class AuditUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`audit sink unavailable: ${reason}`);
    this.name = "AuditUnavailableError";
  }
}
