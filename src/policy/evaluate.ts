import { anyGlobMatches } from "./glob.js";
import type { Policy, PolicyRule } from "./schema.js";

export interface DecisionRequest {
  agentId: string;
  action: string;
  tool?: string;
  metadata?: Readonly<Record<string, string>>;
}

export interface PolicyDecision {
  decision: "allow" | "deny";
  /** The matching rule's id, or `default` when no rule matched. */
  ruleId: string;
  reason: string;
}

function ruleMatches(rule: PolicyRule, request: DecisionRequest): boolean {
  const { match } = rule;
  if (match.agentIds && !anyGlobMatches(match.agentIds, request.agentId)) return false;
  if (match.actions && !anyGlobMatches(match.actions, request.action)) return false;
  if (match.tools && (request.tool === undefined || !anyGlobMatches(match.tools, request.tool))) return false;
  if (match.metadata) {
    const given = request.metadata ?? {};
    for (const [key, pattern] of Object.entries(match.metadata)) {
      const value = Object.hasOwn(given, key) ? given[key] : undefined;
      if (value === undefined || !anyGlobMatches([pattern], value)) return false;
    }
  }
  return true;
}

/**
 * First matching rule wins; fields of a match AND, entries of a list OR. Pure: the same policy and request
 * always give the same decision. `fallbackDeny` is KALGUARD_POLICY_DEFAULT_DENY, used when the file sets no default.
 */
export function evaluatePolicy(policy: Policy, request: DecisionRequest, fallbackDeny: boolean): PolicyDecision {
  for (const rule of policy.rules) {
    if (ruleMatches(rule, request)) {
      return { decision: rule.decision, ruleId: rule.id, reason: rule.reason ?? `rule ${rule.id}` };
    }
  }
  const decision = policy.defaultDecision ?? (fallbackDeny ? "deny" : "allow");
  return { decision, ruleId: "default", reason: policy.defaultReason ?? "no matching rule" };
}
