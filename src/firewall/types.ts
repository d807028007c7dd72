export const MESSAGE_ROLES = ["system", "developer", "user", "assistant", "tool"] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export interface ChatMessage {
  role: MessageRole;
  content: string;
}

export type RiskLevel = "low" | "medium" | "high" | "critical";

export interface Finding {
  ruleId: string;
  category: string;
  messageIndex: number;
  score: number;
}

export const REDACTION_KINDS = ["email", "phone", "credit_card", "ssn", "iban", "ip_address", "api_key"] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface FirewallConfig {
  blockThreshold: number;
  sanitizeThreshold: number;
  redact: readonly RedactionKind[];
}

export interface FirewallVerdict {
  riskScore: number;
  riskLevel: RiskLevel;
  findings: Finding[];
  blocked: boolean;
  /** Present whenever anything was redacted or the risk reached the sanitize threshold. */
  sanitizedMessages?: ChatMessage[];
  redactions: Partial<Record<RedactionKind, number>>;
}

export interface PromptFirewall {
  check(messages: readonly ChatMessage[]): FirewallVerdict;
}
