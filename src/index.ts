/** The kalguard-sidecar library: the SDK for agents, token minting, policy types and the embeddable service. */
export * from "./sdk/index.js";
export { createAgentToken, type AgentTokenOptions, type SigningKey } from "./auth/mint.js";
export { PolicySchema, ACTIONS, type Action, type Policy, type PolicyInput, type PolicyRule, type RuleMatch, type ToolDefinition, type ExecSpec } from "./policy/schema.js";
export { compilePolicy, PolicyLoadError, type CompiledPolicy, type PolicyIssue } from "./policy/compile.js";
export { evaluatePolicy, type DecisionRequest, type PolicyDecision } from "./policy/evaluate.js";
export { createFirewall } from "./firewall/index.js";
export type { FirewallConfig, FirewallVerdict, PromptFirewall, RedactionKind, MessageRole } from "./firewall/types.js";
export { loadConfig, ConfigError, type Config } from "./config/env.js";
export { startService, type RunningService, type ServiceOptions } from "./server/service.js";
export { ERROR_CODES, KalGuardError, type ErrorCode } from "./errors.js";
export type { AuditEvent, AuditSink } from "./audit/types.js";
