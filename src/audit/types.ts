import type { Finding } from "../firewall/types.js";

export type AuditEventType = "decision" | "sandbox_run" | "lifecycle" | "policy_reload" | "auth_failure";

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
