import { KalGuardError } from "../errors.js";
import type { PolicyDecisionWithHash } from "../policy/store.js";

/** A policy deny names the rule (or `default`) as its reason and carries the rule's own words as message. */
export function policyDenied(decision: PolicyDecisionWithHash): KalGuardError {
  return new KalGuardError("POLICY_DENY", {
    reason: decision.ruleId,
    message: `Denied by policy: ${decision.reason}`,
    data: { allowed: false, ruleId: decision.ruleId, policyHash: decision.policyHash },
  });
}
