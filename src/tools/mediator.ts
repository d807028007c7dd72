import { KalGuardError } from "../errors.js";
import type { CompiledPolicy } from "../policy/compile.js";
import type { ToolDefinition } from "../policy/schema.js";
import type { RateDecision, RateLimiter } from "./rate-limiter.js";

/** The policy's entry for a tool, never one inherited from the object prototype. */
export function toolDefinition(compiled: CompiledPolicy, toolName: string): ToolDefinition | undefined {
  return Object.hasOwn(compiled.policy.tools, toolName) ? compiled.policy.tools[toolName] : undefined;
}

/**
 * Checks a tool call's arguments against the tool's registered schema. A tool without an entry has its arguments
 * checked only to be an object (done by the request schema), unless the policy requires a schema for every tool.
 */
export function mediateToolArguments(compiled: CompiledPolicy, toolName: string, args: Record<string, unknown>): ToolDefinition | undefined {
  const tool = toolDefinition(compiled, toolName);
  if (!tool?.schema && compiled.policy.requireToolSchemas) {
    throw new KalGuardError("TOOL_DENIED", {
      reason: "tool.unregistered",
      message: `Tool denied: ${toolName} has no registered schema and the policy requires one`,
      data: { allowed: false },
    });
  }
  const validate = compiled.validators.get(toolName);
  const issues = validate ? validate(args) : [];
  if (issues.length > 0) {
    throw new KalGuardError("TOOL_DENIED", {
      reason: "tool.arguments_invalid",
      message: `Tool denied: arguments do not match the schema of ${toolName}`,
      data: { allowed: false, validationErrors: issues },
    });
  }
  return tool;
}

function headersFor(d: RateDecision): Record<string, string> {
  return {
    "x-ratelimit-limit": String(d.limit),
    "x-ratelimit-remaining": String(d.remaining),
    "x-ratelimit-reset": String(d.resetSeconds),
  };
}

/**
 * Applies the per-agent limit (KALGUARD_TOOL_RATE_LIMIT) and the tool's own per-agent limit from the policy.
 * Returns the headers of the tightest limit for the answer; throws 429 with `retry-after` when one is exhausted.
 */
export function enforceToolRateLimits(
  limiter: RateLimiter,
  agentLimit: number | undefined,
  compiled: CompiledPolicy,
  agentId: string,
  toolName: string,
): Record<string, string> {
  const decisions: { scope: string; decision: RateDecision }[] = [];
  if (agentLimit !== undefined) decisions.push({ scope: "agent", decision: limiter.take(`agent\0${agentId}`, agentLimit) });
  const toolLimit = toolDefinition(compiled, toolName)?.rateLimit;
  if (toolLimit) decisions.push({ scope: "tool", decision: limiter.take(`tool\0${agentId}\0${toolName}`, toolLimit.perMinute) });
  const exhausted = decisions.find((d) => !d.decision.allowed);
  if (exhausted) {
    throw new KalGuardError("RATE_LIMIT_EXCEEDED", {
      reason: `rate_limit.${exhausted.scope}`,
      headers: { ...headersFor(exhausted.decision), "retry-after": String(exhausted.decision.resetSeconds) },
      data: { allowed: false, retryAfterSeconds: exhausted.decision.resetSeconds },
    });
  }
  const tightest = decisions.reduce<RateDecision | undefined>((min, d) => (!min || d.decision.remaining < min.remaining ? d.decision : min), undefined);
  return tightest ? headersFor(tightest) : {};
}
